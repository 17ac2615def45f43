using System.Text.Json;

namespace RelationsGraph.Web.Queries;

/// <summary>The body of <c>POST /api/queries/{id}/run</c>: parameter values by name.</summary>
public sealed record RunQueryRequest(JsonElement? Parameters);
