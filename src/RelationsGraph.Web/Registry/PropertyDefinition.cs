namespace RelationsGraph.Web.Registry;

/// <summary>
/// A property beyond the built-in ones (id, name, status, dates, …) that actors or ties of a type may carry,
/// with its value type: <c>string</c>, <c>integer</c>, <c>float</c>, <c>boolean</c> or <c>temporal</c> (a date,
/// or a date-time when the text has a time). Imports and exports accept only declared properties.
/// </summary>
public sealed record PropertyDefinition(string Name, string Type, string? Description = null)
{
    public static readonly IReadOnlyList<string> Types = ["string", "integer", "float", "boolean", "temporal"];
}
