using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The tie form, with the tie's evidence and history when it exists, and the actors and sources to pick from.</summary>
internal sealed record TiePage(
    TieForm Form,
    TieRecord? Stored,
    IReadOnlyList<EvidenceRecord> Evidence,
    TieHistory? History,
    IReadOnlyList<(string Id, string Name)> Actors,
    IReadOnlyList<SourceRecord> Sources,
    NetworkRegistry Registry,
    FormErrors Errors)
{
    public bool IsNew => Stored is null;
}
