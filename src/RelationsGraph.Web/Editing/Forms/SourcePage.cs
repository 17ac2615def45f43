namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The source form.</summary>
internal sealed record SourcePage(SourceForm Form, SourceRecord? Stored, FormErrors Errors)
{
    public bool IsNew => Stored is null;
}
