namespace RelationsGraph.Web.Import.Mapping;

/// <summary>One line of an alias table: a value as the file writes it, the actor it means, and (optionally) the name and kind to create that actor with when it is missing.</summary>
public sealed record AliasEntry(string Key, string Id, string? Name = null, string? Kind = null);
