using System.Collections;
using System.Globalization;
using System.Text.Json;
using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>Writes parameter values as typed JSON (Query API) or plain JSON (legacy endpoint).</summary>
internal static class ParameterWriter
{
    public static void WriteTypedMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            WriteTyped(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WritePlainMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            WritePlain(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteTyped(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case bool b:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", b);
                break;
            case string s:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", s);
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                writer.WriteString("$type", "Integer");
                writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteString("$type", "Float");
                writer.WriteString("_value", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case byte[] bytes:
                writer.WriteString("$type", "Base64");
                writer.WriteString("_value", Convert.ToBase64String(bytes));
                break;
            case Node or Relationship or GraphPath:
                throw new CypherException(StatusCodes.TypeError, Neo4jMessages.EntityParameter);
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteString("$type", "Map");
                writer.WritePropertyName("_value");
                WriteTypedMap(writer, map);
                break;
            case IDictionary dictionary:
                writer.WriteString("$type", "Map");
                writer.WritePropertyName("_value");
                WriteTypedMap(writer, ToMap(dictionary));
                break;
            case IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WritePropertyName("_value");
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteTyped(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                if (!Neo4jTemporal.TryToTyped(value, out var type, out var iso))
                {
                    throw new CypherException(StatusCodes.TypeError, Neo4jMessages.Format(Neo4jMessages.UnsupportedParameter, value.GetType().Name));
                }

                writer.WriteString("$type", type);
                writer.WriteString("_value", iso);
                break;
        }

        writer.WriteEndObject();
    }

    public static void WritePlain(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(d))
                {
                    throw new CypherException(StatusCodes.TypeError, Neo4jMessages.Format(Neo4jMessages.UnsupportedParameter, "non-finite FLOAT (plain JSON)"));
                }

                // Written with a decimal point: the server binds "1" to INTEGER and "1.0" to FLOAT.
                writer.WriteRawValue(FormatFloat(d));
                break;
            case byte[] bytes:
                writer.WriteStringValue(Convert.ToBase64String(bytes));
                break;
            case Node or Relationship or GraphPath:
                throw new CypherException(StatusCodes.TypeError, Neo4jMessages.EntityParameter);
            case IReadOnlyDictionary<string, object?> map:
                WritePlainMap(writer, map);
                break;
            case IDictionary dictionary:
                WritePlainMap(writer, ToMap(dictionary));
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WritePlain(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                if (!Neo4jTemporal.TryToTyped(value, out _, out var iso))
                {
                    throw new CypherException(StatusCodes.TypeError, Neo4jMessages.Format(Neo4jMessages.UnsupportedParameter, value.GetType().Name));
                }

                // The legacy endpoint has no typed parameters: a temporal goes as its ISO text (convert in Cypher).
                writer.WriteStringValue(iso);
                break;
        }
    }

    private static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".E") >= 0 ? text : text + ".0";
    }

    private static Dictionary<string, object?> ToMap(IDictionary dictionary)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            map[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = entry.Value;
        }

        return map;
    }
}
