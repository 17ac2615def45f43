namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The editing start page: actors matching a search, and the sources.</summary>
internal sealed record EditIndexPage(string Query, IReadOnlyList<ActorListItem> Actors, long ActorTotal, IReadOnlyList<SourceRecord> Sources);
