using System.Globalization;
using System.Text.Json;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// Turns JSON parameter values into the Core value model. Values always travel as query parameters, never as
/// query text. Dates stay ISO text (queries call <c>date($p)</c>), which both stores accept unchanged.
/// </summary>
internal static class ParameterValues
{
    private const int MaxDepth = 32;

    /// <summary>Any JSON object of parameters, untyped (the console): integers become long, other numbers double.</summary>
    public static Dictionary<string, object?> Untyped(JsonElement? parameters)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameters is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return result;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw QueryErrors.ParametersNotAnObject();
        }

        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = FromJson(property.Value, 0);
        }

        return result;
    }

    /// <summary>
    /// The declared parameters of a saved query, from the given values or their defaults. Undeclared names are
    /// refused, a required one that is missing is ParameterMissing, and each value is checked against its type.
    /// </summary>
    public static Dictionary<string, object?> Typed(IReadOnlyList<SavedQueryParameter> declared, JsonElement? parameters, NetworkRegistry registry)
    {
        var given = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (parameters is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw QueryErrors.ParametersNotAnObject();
            }

            foreach (var property in element.EnumerateObject())
            {
                if (!declared.Any(p => p.Name == property.Name))
                {
                    throw QueryErrors.UnknownParameter(property.Name, declared.Select(p => p.Name));
                }

                given[property.Name] = property.Value;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in declared)
        {
            JsonElement value;
            if (given.TryGetValue(parameter.Name, out var supplied))
            {
                if (parameter.Required && supplied.ValueKind == JsonValueKind.Null)
                {
                    throw QueryErrors.ParameterMissing(parameter.Name, "null is not a value for a required parameter");
                }

                value = supplied;
            }
            else if (parameter.Required)
            {
                throw QueryErrors.ParameterMissing(parameter.Name);
            }
            else if (parameter.Default is { } fallback)
            {
                value = fallback;
            }
            else
            {
                result[parameter.Name] = null;
                continue;
            }

            result[parameter.Name] = Convert(parameter, value, registry);
        }

        return result;
    }

    /// <summary>Whether a JSON value has the right shape for a type (registry membership is checked on run).</summary>
    public static bool FitsType(string type, JsonElement value)
    {
        try
        {
            Convert(new SavedQueryParameter("value", type), value, registry: null);
            return true;
        }
        catch (Core.Errors.CypherException)
        {
            return false;
        }
    }

    private static object? Convert(SavedQueryParameter parameter, JsonElement value, NetworkRegistry? registry)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        var (name, type) = (parameter.Name, parameter.Type);
        switch (type)
        {
            case ParameterTypes.Actor:
            case ParameterTypes.String:
                return Text(name, type, value, allowEmpty: type == ParameterTypes.String);
            case ParameterTypes.Actors:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw QueryErrors.BadParameter(name, type, "give a JSON array");
                }

                return value.EnumerateArray().Select(v => (object?)Text(name, type, v, allowEmpty: false)).ToList();
            case ParameterTypes.TieType:
                var tieType = Text(name, type, value, allowEmpty: false);
                if (registry is not null && !registry.IsTieType(tieType))
                {
                    throw QueryErrors.BadParameter(name, type, $"'{tieType}' is not one of {string.Join(", ", registry.TieTypes.Select(t => t.Type))}");
                }

                return tieType;
            case ParameterTypes.Status:
                var status = Text(name, type, value, allowEmpty: false);
                if (registry is not null && !registry.IsStatus(status))
                {
                    throw QueryErrors.BadParameter(name, type, $"'{status}' is not one of {string.Join(", ", registry.Statuses.Select(s => s.Status))}");
                }

                return status;
            case ParameterTypes.Date:
                var date = Text(name, type, value, allowEmpty: false);
                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    throw QueryErrors.BadParameter(name, type, $"'{date}' is not a date");
                }

                return date;
            case ParameterTypes.Integer:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
                {
                    return number;
                }

                if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw QueryErrors.BadParameter(name, type, $"{value.GetRawText()} is not a whole number");
            case ParameterTypes.Boolean:
                return value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.String when value.GetString() is "true" => true,
                    JsonValueKind.String when value.GetString() is "false" => false,
                    _ => throw QueryErrors.BadParameter(name, type, $"{value.GetRawText()} is not a boolean"),
                };
            default:
                throw QueryErrors.BadParameterDeclaration(name, $"the type '{type}' is unknown");
        }
    }

    private static string Text(string name, string type, JsonElement value, bool allowEmpty)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw QueryErrors.BadParameter(name, type, $"{value.GetRawText()} is not a string");
        }

        var text = value.GetString()!;
        if (!allowEmpty && text.Trim().Length == 0)
        {
            throw QueryErrors.BadParameter(name, type, "it is empty");
        }

        return allowEmpty ? text : text.Trim();
    }

    private static object? FromJson(JsonElement value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw QueryErrors.BadParameter("parameters", ParameterTypes.String, $"nested deeper than {MaxDepth} levels");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.TryGetInt64(out var integer) ? (object)integer : value.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Array:
                return value.EnumerateArray().Select(v => FromJson(v, depth + 1)).ToList();
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in value.EnumerateObject())
                {
                    map[property.Name] = FromJson(property.Value, depth + 1);
                }

                return map;
            default:
                return null;
        }
    }
}
