using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The actor form, with the actor's ties when it exists.</summary>
internal sealed record ActorPage(ActorForm Form, ActorRecord? Stored, IReadOnlyList<TieRecord> Ties, NetworkRegistry Registry, FormErrors Errors)
{
    public bool IsNew => Stored is null;
}
