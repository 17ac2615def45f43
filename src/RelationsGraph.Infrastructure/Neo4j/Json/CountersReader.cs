using System.Text.Json;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>Counters: camelCase in the Query API's <c>counters</c>, snake_case in the legacy endpoint's <c>stats</c>.</summary>
internal static class CountersReader
{
    public static QueryCounters FromQueryApi(JsonElement root) =>
        root.TryGetProperty("counters", out var c) && c.ValueKind == JsonValueKind.Object
            ? new QueryCounters(
                Int(c, "nodesCreated"), Int(c, "nodesDeleted"), Int(c, "relationshipsCreated"), Int(c, "relationshipsDeleted"),
                Int(c, "propertiesSet"), Int(c, "labelsAdded"), Int(c, "labelsRemoved"), Int(c, "indexesAdded"),
                Int(c, "indexesRemoved"), Int(c, "constraintsAdded"), Int(c, "constraintsRemoved"))
            : QueryCounters.None;

    public static QueryCounters FromLegacyStats(JsonElement result) =>
        result.TryGetProperty("stats", out var s) && s.ValueKind == JsonValueKind.Object
            ? new QueryCounters(
                Int(s, "nodes_created"), Int(s, "nodes_deleted"), Int(s, "relationships_created"),
                // The docs spell the deleted count both ways.
                Math.Max(Int(s, "relationships_deleted"), Int(s, "relationship_deleted")),
                Int(s, "properties_set"), Int(s, "labels_added"), Int(s, "labels_removed"), Int(s, "indexes_added"),
                Int(s, "indexes_removed"), Int(s, "constraints_added"), Int(s, "constraints_removed"))
            : QueryCounters.None;

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;
}
