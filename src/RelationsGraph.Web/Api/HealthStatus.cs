namespace RelationsGraph.Web.Api;

/// <summary>What the health endpoint tells a caller without a session: "healthy" or "unhealthy", nothing more.</summary>
public sealed record HealthStatus(string Status);
