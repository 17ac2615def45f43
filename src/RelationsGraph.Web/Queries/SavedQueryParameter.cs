using System.Text.Json;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// One typed parameter of a saved query. <see cref="Default"/> is a JSON value; absent (<see cref="HasDefault"/>
/// false) makes the parameter required, while an explicit JSON null is a default meaning "any".
/// </summary>
public sealed record SavedQueryParameter(string Name, string Type, JsonElement? Default, string? Description)
{
    public bool HasDefault => Default is not null;
}
