using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// The header comment of a library query file: the leading <c>//</c> lines, with fields
/// <c>@name</c>, <c>@description</c>, <c>@tags a, b</c> and one <c>@param name: type = default -- description</c>
/// per parameter (the default is JSON; leave out <c>= ...</c> for a required parameter). A comment line without a
/// field continues the previous one.
/// </summary>
public sealed partial record QueryHeader(string Name, string? Description, IReadOnlyList<string> Tags, IReadOnlyList<SavedQueryParameter> Parameters)
{
    /// <summary>Reads the header; <paramref name="file"/> names the file in error messages.</summary>
    public static QueryHeader Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new List<(string Field, string Value)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            var content = line[2..].Trim();
            var field = FieldLine().Match(content);
            if (field.Success)
            {
                fields.Add((field.Groups["field"].Value, field.Groups["value"].Value.Trim()));
            }
            else if (fields.Count > 0 && content.Length > 0)
            {
                fields[^1] = (fields[^1].Field, $"{fields[^1].Value} {content}".Trim());
            }
        }

        string? name = null;
        string? description = null;
        var tags = new List<string>();
        var parameters = new List<SavedQueryParameter>();
        foreach (var (field, value) in fields)
        {
            switch (field)
            {
                case "name":
                    name = value;
                    break;
                case "description":
                    description = value;
                    break;
                case "tags":
                    tags.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "param":
                    var parameter = ParseParameter(value, file);
                    if (parameters.Any(p => p.Name == parameter.Name))
                    {
                        throw QueryErrors.BadLibraryFile(file, $"the parameter '{parameter.Name}' is declared twice");
                    }

                    parameters.Add(parameter);
                    break;
                default:
                    throw QueryErrors.BadLibraryFile(file, $"'@{field}' is not a header field (use @name, @description, @tags, @param)");
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw QueryErrors.BadLibraryFile(file, "it has no '// @name' line");
        }

        return new QueryHeader(name, description, tags, parameters);
    }

    private static SavedQueryParameter ParseParameter(string text, string file)
    {
        var match = ParamLine().Match(text);
        if (!match.Success)
        {
            throw QueryErrors.BadLibraryFile(file, $"'@param {text}' does not read 'name: type = default -- description'");
        }

        var name = match.Groups["name"].Value;
        var type = match.Groups["type"].Value;
        if (!ParameterTypes.IsKnown(type))
        {
            throw QueryErrors.BadLibraryFile(file, $"the parameter '{name}' has the unknown type '{type}' (known: {string.Join(", ", ParameterTypes.All)})");
        }

        JsonElement? defaultValue = null;
        if (match.Groups["default"].Success)
        {
            try
            {
                using var document = JsonDocument.Parse(match.Groups["default"].Value);
                defaultValue = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw QueryErrors.BadLibraryFile(file, $"the default of '{name}' is not a JSON value (quote strings: \"russia\")");
            }

            if (!ParameterValues.FitsType(type, defaultValue.Value))
            {
                throw QueryErrors.BadLibraryFile(file, $"the default of '{name}' is not {QueryErrors.TypeDescription(type)}");
            }
        }

        var description = match.Groups["description"].Success ? match.Groups["description"].Value.Trim() : null;
        return new SavedQueryParameter(name, type, defaultValue, string.IsNullOrEmpty(description) ? null : description, Required: defaultValue is null);
    }

    [GeneratedRegex(@"^@(?<field>[A-Za-z]+)\b(?<value>.*)$")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?<type>[A-Za-z]+)\s*(?:=\s*(?<default>.+?))?\s*(?:--\s*(?<description>.*))?$")]
    private static partial Regex ParamLine();
}
