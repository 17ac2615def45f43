namespace RelationsGraph.Web.Import.Planning;

/// <summary>The Source node an import is recorded as: its id and the properties it should have.</summary>
internal sealed record SourceRecord(string Id, IReadOnlyDictionary<string, object?> Properties);
