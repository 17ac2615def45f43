namespace RelationsGraph.Web.Editing;

/// <summary>Lengths and counts an edit may not exceed, so one request cannot bloat the store.</summary>
internal static class EditLimits
{
    public const int MaxId = 120;
    public const int MaxName = 200;
    public const int MaxTitle = 300;
    public const int MaxText = 2000;
    public const int MaxUrl = 2000;
    public const int MaxAliases = 50;
    public const int MaxEvidencePerTie = 20;
}
