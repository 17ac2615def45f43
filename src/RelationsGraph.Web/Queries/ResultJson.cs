using System.Globalization;
using System.Text.Json.Nodes;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// The one JSON form of result values, after Neo4j's: nodes as <c>{elementId, labels, properties}</c>, relationships
/// as <c>{elementId, type, startNodeElementId, endNodeElementId, properties}</c>, paths as
/// <c>{nodes, relationships}</c>, temporal values as their Cypher (ISO) text. Integers beyond JavaScript's safe
/// range (±2^53−1) are written as strings so no digit is lost; NaN and infinities too, which JSON lacks.
/// </summary>
internal static class ResultJson
{
    public const long MaxSafeInteger = 9_007_199_254_740_991;

    public static JsonNode? From(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => Integer(l),
        int i => JsonValue.Create(i),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(d.ToString(CultureInfo.InvariantCulture)),
        string s => JsonValue.Create(s),
        Node n => NodeJson(n),
        Relationship r => RelationshipJson(r),
        GraphPath p => new JsonObject
        {
            ["nodes"] = new JsonArray([.. p.Nodes.Select(n => (JsonNode?)NodeJson(n))]),
            ["relationships"] = new JsonArray([.. p.Relationships.Select(r => (JsonNode?)RelationshipJson(r))]),
        },
        IReadOnlyDictionary<string, object?> map => Map(map),
        IEnumerable<object?> list => new JsonArray([.. list.Select(From)]),
        _ => JsonValue.Create(System.Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    public static JsonArray Row(IReadOnlyList<object?> row) => new([.. row.Select(From)]);

    public static JsonObject Map(IReadOnlyDictionary<string, object?> map)
    {
        var json = new JsonObject();
        foreach (var (key, item) in map)
        {
            json[key] = From(item);
        }

        return json;
    }

    private static JsonNode Integer(long value) =>
        value is >= -MaxSafeInteger and <= MaxSafeInteger
            ? JsonValue.Create(value)
            : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));

    private static JsonObject NodeJson(Node node) => new()
    {
        ["elementId"] = node.ElementId,
        ["labels"] = new JsonArray([.. node.Labels.Select(l => (JsonNode?)JsonValue.Create(l))]),
        ["properties"] = Map(node.Properties),
    };

    private static JsonObject RelationshipJson(Relationship relationship) => new()
    {
        ["elementId"] = relationship.ElementId,
        ["type"] = relationship.Type,
        ["startNodeElementId"] = relationship.StartNodeElementId,
        ["endNodeElementId"] = relationship.EndNodeElementId,
        ["properties"] = Map(relationship.Properties),
    };
}
