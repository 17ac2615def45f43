namespace RelationsGraph.Web.Registry;

/// <summary>How sure we are of a tie, and the line style and mark that show it.</summary>
public sealed record StatusDefinition(string Status, string Label, string Line, string? Mark = null, string? Description = null);
