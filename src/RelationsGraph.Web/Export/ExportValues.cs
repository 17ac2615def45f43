using System.Globalization;
using System.Text;
using System.Text.Json;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Web.Export;

/// <summary>
/// Property values written out: as CSV cell text (lists and maps as JSON, so they read back exactly), as
/// JSON values, and as Cypher literals. Temporal values use their ISO 8601 text everywhere.
/// </summary>
internal static class ExportValues
{
    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> or IEnumerable<object?> => Json(value),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string Json(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case double d:
                writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Cell(value));
                break;
        }
    }

    /// <summary>A Cypher literal for a value: strings quoted and escaped, temporal values through their constructor functions.</summary>
    public static string Cypher(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d when double.IsNaN(d) => "(0.0 / 0.0)",
        double d when double.IsPositiveInfinity(d) => "(1.0 / 0.0)",
        double d when double.IsNegativeInfinity(d) => "(-1.0 / 0.0)",
        double d => Float(d),
        CypherDate date => $"date('{date}')",
        CypherDateTime dateTime => $"datetime('{dateTime}')",
        CypherLocalDateTime local => $"localdatetime('{local}')",
        CypherTime time => $"time('{time}')",
        CypherLocalTime localTime => $"localtime('{localTime}')",
        CypherDuration duration => $"duration('{duration}')",
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Cypher)) + "]",
        _ => Quote(value.ToString() ?? ""),
    };

    public static string Map(IEnumerable<KeyValuePair<string, object?>> map) =>
        "{" + string.Join(", ", map.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Name(p.Key)}: {Cypher(p.Value)}")) + "}";

    /// <summary>A property name or relationship type as Cypher writes it: bare when it is a plain identifier, else in backticks.</summary>
    public static string Name(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string Float(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string Quote(string s)
    {
        var builder = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\'':
                    builder.Append(@"\'");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                case '\t':
                    builder.Append(@"\t");
                    break;
                case < ' ':
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('\'').ToString();
    }
}
