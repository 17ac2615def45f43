using System.Text.Json.Nodes;
using RelationsGraph.Core.Values;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// Finds every node, relationship and path in a result (in any column, inside lists and maps too) and shapes them
/// as the explorer's elements: actors keep their id (so the details panel can load them), ties their tie id; other
/// nodes and relationships are keyed by element id. A relationship is drawn only with both its ends.
/// </summary>
internal sealed class ResultGraphBuilder(NetworkRegistry registry)
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> _relationships = new(StringComparer.Ordinal);
    private readonly List<string> _nodeOrder = [];
    private readonly List<string> _relationshipOrder = [];

    public void AddRows(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                Collect(value, 0);
            }
        }
    }

    /// <summary>Element ids of relationship ends the result did not contain, to be loaded before <see cref="Build"/>.</summary>
    public IReadOnlyList<string> MissingEnds() =>
        _relationshipOrder
            .Select(id => _relationships[id])
            .SelectMany(r => new[] { r.StartNodeElementId, r.EndNodeElementId })
            .Where(id => !_nodes.ContainsKey(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Adds nodes loaded separately (the ends of relationships), after those of the result.</summary>
    public void AddEnds(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            AddNode(node);
        }
    }

    /// <summary>The elements, at most <paramref name="maxElements"/> nodes and relationships in all.</summary>
    public (ResultGraph Graph, int EdgesWithoutEnds) Build(int maxElements)
    {
        var cytoscapeIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<JsonObject>();
        var edges = new List<JsonObject>();
        var truncated = false;
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in _nodeOrder.Select(id => _nodes[id]))
        {
            if (nodes.Count >= maxElements)
            {
                truncated = true;
                break;
            }

            var id = NodeId(node);
            if (!usedIds.Add(id))
            {
                id = $"n:{node.ElementId}";
                usedIds.Add(id);
            }

            cytoscapeIds[node.ElementId] = id;
            nodes.Add(new JsonObject { ["data"] = NodeData(node, id) });
        }

        var withoutEnds = 0;
        foreach (var relationship in _relationshipOrder.Select(id => _relationships[id]))
        {
            if (!cytoscapeIds.TryGetValue(relationship.StartNodeElementId, out var source)
                || !cytoscapeIds.TryGetValue(relationship.EndNodeElementId, out var target))
            {
                if (!truncated)
                {
                    withoutEnds++;
                }

                continue;
            }

            if (nodes.Count + edges.Count >= maxElements)
            {
                truncated = true;
                break;
            }

            var id = RelationshipId(relationship, source, target);
            if (!usedIds.Add(id))
            {
                id = $"r:{relationship.ElementId}";
                usedIds.Add(id);
            }

            edges.Add(new JsonObject { ["data"] = EdgeData(relationship, id, source, target) });
        }

        return (new ResultGraph(nodes, edges, truncated), withoutEnds);
    }

    private void Collect(object? value, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        switch (value)
        {
            case Node node:
                AddNode(node);
                break;
            case Relationship relationship:
                if (_relationships.TryAdd(relationship.ElementId, relationship))
                {
                    _relationshipOrder.Add(relationship.ElementId);
                }

                break;
            case GraphPath path:
                foreach (var node in path.Nodes)
                {
                    AddNode(node);
                }

                foreach (var relationship in path.Relationships)
                {
                    Collect(relationship, depth + 1);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var item in map.Values)
                {
                    Collect(item, depth + 1);
                }

                break;
            case IEnumerable<object?> list when value is not string:
                foreach (var item in list)
                {
                    Collect(item, depth + 1);
                }

                break;
        }
    }

    private void AddNode(Node node)
    {
        if (_nodes.TryAdd(node.ElementId, node))
        {
            _nodeOrder.Add(node.ElementId);
        }
    }

    private static bool IsActor(Node node) => node.Labels.Contains("Actor") && node.Properties.GetValueOrDefault("id") is string;

    private static string NodeId(Node node) =>
        IsActor(node) ? (string)node.Properties["id"]! : $"n:{node.ElementId}";

    private static string RelationshipId(Relationship relationship, string source, string target) =>
        relationship.Properties.GetValueOrDefault("id") is string tieId && !source.StartsWith("n:", StringComparison.Ordinal) && !target.StartsWith("n:", StringComparison.Ordinal)
            ? tieId
            : $"r:{relationship.ElementId}";

    private static JsonObject NodeData(Node node, string id)
    {
        var properties = node.Properties;
        var label = properties.GetValueOrDefault("name") as string
            ?? properties.GetValueOrDefault("title") as string
            ?? properties.GetValueOrDefault("id") as string
            ?? (node.Labels.Count > 0 ? $":{string.Join(":", node.Labels)}" : node.ElementId);
        var data = new JsonObject
        {
            ["id"] = id,
            ["elementId"] = node.ElementId,
            ["label"] = label,
            ["display"] = label,
            ["labels"] = new JsonArray([.. node.Labels.Select(l => (JsonNode?)JsonValue.Create(l))]),
            ["actor"] = IsActor(node),
            ["properties"] = ResultJson.Map(properties),
        };
        if (IsActor(node))
        {
            data["kind"] = properties.GetValueOrDefault("kind") as string;
            data["aliases"] = ResultJson.From(properties.GetValueOrDefault("aliases") ?? new List<object?>());
            data["country"] = properties.GetValueOrDefault("country") as string;
        }

        return data;
    }

    private JsonObject EdgeData(Relationship relationship, string id, string source, string target)
    {
        var properties = relationship.Properties;
        var data = new JsonObject
        {
            ["id"] = id,
            ["elementId"] = relationship.ElementId,
            ["source"] = source,
            ["target"] = target,
            ["type"] = relationship.Type,
            ["tie"] = !id.StartsWith("r:", StringComparison.Ordinal),
            ["symmetric"] = registry.TieTypes.FirstOrDefault(t => t.Type == relationship.Type)?.Symmetric ?? false,
            ["properties"] = ResultJson.Map(properties),
        };
        foreach (var key in TieFields)
        {
            if (properties.TryGetValue(key, out var value) && value is not null)
            {
                data[key] = ResultJson.From(value is string or long or double or bool ? value : value.ToString());
            }
        }

        return data;
    }

    private static readonly string[] TieFields =
        ["status", "phase", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "confidence", "summary"];
}
