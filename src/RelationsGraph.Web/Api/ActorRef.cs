namespace RelationsGraph.Web.Api;

/// <summary>A reference to an actor by id and name.</summary>
public sealed record ActorRef(string Id, string Name);
