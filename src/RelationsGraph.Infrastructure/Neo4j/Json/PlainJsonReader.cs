using System.Globalization;
using System.Text.Json;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>
/// Reads plain JSON values (<c>application/json</c>). Plain JSON cannot tell a node from a map with the same keys, a
/// path from a list, or a date from a string; nodes, relationships and paths are read by shape, which is why typed
/// JSON is asked for first. Temporal values, points (WKT text such as <c>SRID=4326;POINT (12.5 41.9)</c>) and byte
/// arrays (base64) arrive as strings and stay strings: guessing from the text would turn a user's string that
/// happens to look like a date into one.
/// </summary>
internal static class PlainJsonReader
{
    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ReadNumber(element),
        JsonValueKind.Array => ReadList(element),
        JsonValueKind.Object => ReadObject(element),
        _ => throw new JsonException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    /// <summary>An integer literal becomes a 64-bit integer, never a double, so 2^53+1 survives.</summary>
    public static object ReadNumber(JsonElement element)
    {
        var raw = element.GetRawText();
        if (raw.AsSpan().IndexOfAny(".eE") < 0 && long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return element.GetDouble();
    }

    public static Dictionary<string, object?> ReadMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    private static object ReadList(JsonElement element)
    {
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            list.Add(Read(item));
        }

        return PathShape.Read(list) ?? (object)list;
    }

    private static object ReadObject(JsonElement element)
    {
        if (element.TryGetProperty("elementId", out var elementIdValue) && elementIdValue.ValueKind == JsonValueKind.String
            && element.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            var elementId = elementIdValue.GetString()!;
            if (element.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array)
            {
                return new Node(ElementIds.ToLegacyId(elementId), elementId, labels.EnumerateArray().Select(l => l.GetString() ?? "").ToList(), ReadMap(properties));
            }

            if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && element.TryGetProperty("startNodeElementId", out var start) && element.TryGetProperty("endNodeElementId", out var end))
            {
                var startId = start.GetString() ?? "";
                var endId = end.GetString() ?? "";
                return new Relationship(
                    ElementIds.ToLegacyId(elementId), elementId, type.GetString()!,
                    ElementIds.ToLegacyId(startId), startId, ElementIds.ToLegacyId(endId), endId, ReadMap(properties));
            }
        }

        return ReadMap(element);
    }
}
