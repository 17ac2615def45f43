namespace RelationsGraph.Web.Registry;

/// <summary>A kind of tie: its relationship type, how it is shown, whether it has a direction, and the properties only it carries.</summary>
public sealed record TieTypeDefinition(
    string Type,
    string Label,
    string Colour,
    bool Symmetric,
    string? Description = null,
    IReadOnlyList<PropertyDefinition>? Properties = null);
