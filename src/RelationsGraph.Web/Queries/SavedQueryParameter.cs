using System.Text.Json;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// One typed parameter of a saved query. <see cref="Default"/> is a JSON value used when a run gives none
/// (absent means null, "any"); a <see cref="Required"/> parameter has no default and a run must give it.
/// </summary>
public sealed record SavedQueryParameter(string Name, string Type, JsonElement? Default = null, string? Description = null, bool Required = false);
