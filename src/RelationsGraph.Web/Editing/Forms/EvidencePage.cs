namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The evidence form for one tie, with the actors and sources to pick from.</summary>
internal sealed record EvidencePage(
    EvidenceForm Form,
    EvidenceRecord? Stored,
    TieRecord Tie,
    IReadOnlyList<(string Id, string Name)> Actors,
    IReadOnlyList<SourceRecord> Sources,
    FormErrors Errors)
{
    public bool IsNew => Stored is null;
}
