namespace RelationsGraph.Web.Import.Mapping;

/// <summary>How to create an actor a row names but the store lacks: its kind, and a name template (e.g. "ATOP alliance {atopid}").</summary>
public sealed record CreateSpec(string Kind, string Name);
