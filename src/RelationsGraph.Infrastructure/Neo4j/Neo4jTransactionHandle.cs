namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>A server-side transaction: its id and the cluster-affinity header to echo on every later request.</summary>
internal sealed record Neo4jTransactionHandle(string Id, string? Affinity);
