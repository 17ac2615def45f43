namespace RelationsGraph.Core.Backend;

/// <summary>What a health check found out about a store.</summary>
public sealed record BackendHealth(string Backend, bool Healthy, string? Version = null, string? Detail = null, string? Database = null, string? Endpoint = null);
