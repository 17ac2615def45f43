namespace RelationsGraph.Web.Registry;

/// <summary>A kind of actor and its node shape and colour.</summary>
public sealed record ActorKindDefinition(string Kind, string Label, string Shape, string Colour);
