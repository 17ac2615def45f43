using System.Globalization;
using System.Text.Json;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>
/// Reads the legacy transactional endpoint's answer (<c>results[0]</c> with <c>row</c>, <c>meta</c> and <c>graph</c>).
/// <c>row</c> holds entities as bare property maps; <c>meta</c> says which values are entities and <c>graph</c> gives
/// their labels, types and ends. A list alternating node, relationship, node whose relationships join their
/// neighbours is read as a path: the format cannot tell such a list from a path.
/// </summary>
internal static class LegacyResultReader
{
    public static StatementOutcome Read(JsonElement root, int? maxRows)
    {
        var columns = new List<string>();
        var rows = new List<IReadOnlyList<object?>>();
        var counters = QueryCounters.None;
        var truncated = false;
        if (root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array && results.GetArrayLength() > 0)
        {
            var result = results[results.GetArrayLength() - 1];
            if (result.TryGetProperty("columns", out var columnArray))
            {
                columns.AddRange(columnArray.EnumerateArray().Select(c => c.GetString() ?? ""));
            }

            counters = CountersReader.FromLegacyStats(result);
            if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
            {
                foreach (var record in data.EnumerateArray())
                {
                    if (maxRows is { } cap && rows.Count >= cap)
                    {
                        truncated = true;
                        break;
                    }

                    rows.Add(ReadRecord(record));
                }
            }
        }

        var bookmarks = QueryApiResultReader.ReadBookmarks(root, "lastBookmarks");
        var queryResult = new QueryResult(columns, rows, counters, truncated) { Bookmark = bookmarks.Count > 0 ? bookmarks[^1] : null };
        return new StatementOutcome(queryResult, bookmarks);
    }

    private static List<object?> ReadRecord(JsonElement record)
    {
        var graph = GraphSection.From(record);
        var row = record.GetProperty("row");
        var hasMeta = record.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Array;
        var values = new List<object?>(row.GetArrayLength());
        var index = 0;
        foreach (var cell in row.EnumerateArray())
        {
            var cellMeta = hasMeta && index < meta.GetArrayLength() ? meta[index] : default;
            values.Add(ReadValue(cell, cellMeta, graph));
            index++;
        }

        return values;
    }

    private static object? ReadValue(JsonElement value, JsonElement meta, GraphSection graph)
    {
        if (meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("type", out var type))
        {
            return type.GetString() switch
            {
                "node" => graph.Node(meta, value),
                "relationship" => graph.Relationship(meta, value),
                _ => PlainJsonReader.Read(value),
            };
        }

        if (meta.ValueKind == JsonValueKind.Array && value.ValueKind == JsonValueKind.Array && meta.GetArrayLength() == value.GetArrayLength())
        {
            var items = new List<object?>(value.GetArrayLength());
            for (var i = 0; i < value.GetArrayLength(); i++)
            {
                items.Add(ReadValue(value[i], meta[i], graph));
            }

            return PathShape.Read(items) ?? (object)items;
        }

        return PlainJsonReader.Read(value);
    }

    /// <summary>The record's <c>graph</c> part, indexed by numeric id.</summary>
    private sealed class GraphSection
    {
        private readonly Dictionary<string, JsonElement> _nodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, JsonElement> _relationships = new(StringComparer.Ordinal);

        public static GraphSection From(JsonElement record)
        {
            var section = new GraphSection();
            if (record.TryGetProperty("graph", out var graph) && graph.ValueKind == JsonValueKind.Object)
            {
                Index(graph, "nodes", section._nodes);
                Index(graph, "relationships", section._relationships);
            }

            return section;
        }

        public Node Node(JsonElement meta, JsonElement row)
        {
            var id = IdOf(meta);
            var elementId = ElementIdOf(meta) ?? id;
            if (_nodes.TryGetValue(id, out var full))
            {
                var labels = full.TryGetProperty("labels", out var l) ? l.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
                return new Node(ParseId(id), ElementIdOf(full) ?? elementId, labels, Properties(full, row));
            }

            return new Node(ParseId(id), elementId, [], Properties(default, row));
        }

        public Relationship Relationship(JsonElement meta, JsonElement row)
        {
            var id = IdOf(meta);
            var elementId = ElementIdOf(meta) ?? id;
            if (!_relationships.TryGetValue(id, out var full))
            {
                return new Relationship(ParseId(id), elementId, "", -1, "", -1, "", Properties(default, row));
            }

            var start = full.TryGetProperty("startNode", out var s) ? Text(s) : "";
            var end = full.TryGetProperty("endNode", out var e) ? Text(e) : "";
            var startElementId = full.TryGetProperty("startNodeElementId", out var se) ? se.GetString() ?? start : NodeElementId(start);
            var endElementId = full.TryGetProperty("endNodeElementId", out var ee) ? ee.GetString() ?? end : NodeElementId(end);
            var type = full.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
            return new Relationship(ParseId(id), ElementIdOf(full) ?? elementId, type, ParseId(start), startElementId, ParseId(end), endElementId, Properties(full, row));
        }

        private string NodeElementId(string id) =>
            _nodes.TryGetValue(id, out var node) ? ElementIdOf(node) ?? id : id;

        private static Dictionary<string, object?> Properties(JsonElement full, JsonElement row)
        {
            if (full.ValueKind == JsonValueKind.Object && full.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            {
                return PlainJsonReader.ReadMap(properties);
            }

            return row.ValueKind == JsonValueKind.Object ? PlainJsonReader.ReadMap(row) : new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        private static void Index(JsonElement graph, string name, Dictionary<string, JsonElement> index)
        {
            if (graph.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    index[IdOf(item)] = item;
                }
            }
        }

        private static string IdOf(JsonElement element) => element.TryGetProperty("id", out var id) ? Text(id) : "";

        private static string? ElementIdOf(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty("elementId", out var id) ? id.GetString() : null;

        private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();

        private static long ParseId(string id) => long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }
}
