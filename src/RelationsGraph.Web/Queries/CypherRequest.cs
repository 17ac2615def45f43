using System.Text.Json;

namespace RelationsGraph.Web.Queries;

/// <summary>The body of <c>POST /api/cypher</c>: any query text, its parameters, and whether it may write.</summary>
public sealed record CypherRequest(string? Query, JsonElement? Parameters, bool Write = false);
