namespace RelationsGraph.Web.Import.Jobs;

/// <summary>A preset in the list: what it is for, what it makes, the data it was written for and the columns it reads.</summary>
public sealed record PresetSummary(string Id, string? Name, string? Description, string Target, string? File, IReadOnlyList<string> Columns);
