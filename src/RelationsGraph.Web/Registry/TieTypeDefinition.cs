namespace RelationsGraph.Web.Registry;

/// <summary>A kind of tie: its relationship type, how it is shown, and whether it has a direction.</summary>
public sealed record TieTypeDefinition(string Type, string Label, string Colour, bool Symmetric, string? Description = null);
