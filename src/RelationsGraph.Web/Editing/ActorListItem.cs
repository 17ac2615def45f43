namespace RelationsGraph.Web.Editing;

/// <summary>An actor in the editing list, with how many ties it has.</summary>
internal sealed record ActorListItem(string Id, string Name, string Kind, long Ties);
