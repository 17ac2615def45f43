using System.Globalization;
using System.Text.Json;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>
/// Reads Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": T, "_value": V}</c>,
/// scalars carried as strings so 64-bit integers and NaN survive. Maps onto the Core value model.
/// </summary>
internal static class TypedJsonReader
{
    public static object? Read(JsonElement element)
    {
        // A value without "$type" can only come from a server that answered plain JSON inside a typed body; read it as plain.
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            return PlainJsonReader.Read(element);
        }

        var type = typeElement.GetString();
        element.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.ValueKind == JsonValueKind.String ? bool.Parse(value.GetString()!) : value.GetBoolean(),
            "Integer" => ReadInteger(value),
            "Float" => ReadFloat(value),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString() ?? ""),
            "List" => ReadList(value),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            "Date" or "Time" or "LocalTime" or "OffsetDateTime" or "ZonedDateTime" or "LocalDateTime" or "Duration"
                => Neo4jTemporal.FromTyped(type, value.GetString() ?? ""),
            "Point" or "Unsupported" => value.GetString(),
            "Vector" => ReadVector(value),
            // New types keep arriving (UUID in v1.2): keep their text rather than fail the whole result.
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    public static Node ReadNode(JsonElement value)
    {
        var elementId = value.GetProperty("_element_id").GetString() ?? "";
        var labels = new List<string>();
        if (value.TryGetProperty("_labels", out var labelArray))
        {
            foreach (var label in labelArray.EnumerateArray())
            {
                labels.Add(label.GetString() ?? "");
            }
        }

        return new Node(ElementIds.ToLegacyId(elementId), elementId, labels, ReadProperties(value));
    }

    public static Relationship ReadRelationship(JsonElement value)
    {
        var elementId = value.GetProperty("_element_id").GetString() ?? "";
        var start = value.GetProperty("_start_node_element_id").GetString() ?? "";
        var end = value.GetProperty("_end_node_element_id").GetString() ?? "";
        var type = value.GetProperty("_type").GetString() ?? "";
        return new Relationship(
            ElementIds.ToLegacyId(elementId), elementId, type,
            ElementIds.ToLegacyId(start), start, ElementIds.ToLegacyId(end), end, ReadProperties(value));
    }

    private static GraphPath ReadPath(JsonElement value)
    {
        var nodes = new List<Node>();
        var relationships = new List<Relationship>();
        foreach (var item in value.EnumerateArray())
        {
            switch (Read(item))
            {
                case Node node:
                    nodes.Add(node);
                    break;
                case Relationship relationship:
                    relationships.Add(relationship);
                    break;
                default:
                    throw new JsonException("A path element is neither a node nor a relationship.");
            }
        }

        return new GraphPath(nodes, relationships);
    }

    private static Dictionary<string, object?> ReadProperties(JsonElement value) =>
        value.TryGetProperty("_properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? ReadMap(properties)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static long ReadInteger(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture)
        : value.GetInt64();

    private static double ReadFloat(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return value.GetDouble();
        }

        return value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static List<object?> ReadList(JsonElement value)
    {
        var list = new List<object?>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            list.Add(Read(item));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    private static List<object?> ReadVector(JsonElement value)
    {
        var list = new List<object?>();
        if (!value.TryGetProperty("coordinates", out var coordinates))
        {
            return list;
        }

        var isFloat = value.TryGetProperty("coordinatesType", out var kind) && kind.GetString()?.StartsWith("FLOAT", StringComparison.Ordinal) == true;
        foreach (var coordinate in coordinates.EnumerateArray())
        {
            list.Add(isFloat ? ReadFloat(coordinate) : ReadInteger(coordinate));
        }

        return list;
    }
}
