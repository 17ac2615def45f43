using RelationsGraph.Cypher.Persistence;

namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// The in-memory property graph: nodes and relationships by id, per-node adjacency grouped by type, a
/// label index and exact-value property indexes. Not thread-safe by itself: the engine's
/// <see cref="GraphLock"/> serializes writers and keeps readers out while a write is under way.
/// Mutations go through the methods here so indexes stay right and every change can be undone.
/// </summary>
internal sealed partial class GraphStore
{
    private readonly Dictionary<long, NodeEntity> _nodes = [];
    private readonly Dictionary<long, RelationshipEntity> _relationships = [];
    private readonly Dictionary<string, HashSet<NodeEntity>> _labelIndex = new(StringComparer.Ordinal);
    private long _nextNodeId;
    private long _nextRelationshipId;

    /// <summary>The write transaction currently allowed to change the store; null outside writes.</summary>
    public WriteSession? Session { get; set; }

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _relationships.Count;

    public IEnumerable<NodeEntity> Nodes => _nodes.Values;

    public IEnumerable<RelationshipEntity> Relationships => _relationships.Values;

    public NodeEntity? FindNode(long id) => _nodes.GetValueOrDefault(id);

    public RelationshipEntity? FindRelationship(long id) => _relationships.GetValueOrDefault(id);

    public IReadOnlyCollection<NodeEntity> NodesWithLabel(string label) =>
        _labelIndex.TryGetValue(label, out var set) ? set : (IReadOnlyCollection<NodeEntity>)[];

    public int CountWithLabel(string label) => _labelIndex.TryGetValue(label, out var set) ? set.Count : 0;

    public IEnumerable<string> LabelsInUse() => _labelIndex.Where(kv => kv.Value.Count > 0).Select(kv => kv.Key);

    public IEnumerable<string> RelationshipTypesInUse()
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in _relationships.Values)
        {
            types.Add(r.Type);
        }

        return types;
    }

    public IEnumerable<string> PropertyKeysInUse()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in _nodes.Values)
        {
            foreach (var kv in n.GetProperties())
            {
                keys.Add(kv.Key);
            }
        }

        foreach (var r in _relationships.Values)
        {
            foreach (var kv in r.GetProperties())
            {
                keys.Add(kv.Key);
            }
        }

        return keys;
    }

    /// <summary>A sink that fills an empty store without undo records (start-up load).</summary>
    public IGraphLoadSink CreateLoadSink() => new LoadSink(this);

    private sealed class LoadSink(GraphStore store) : IGraphLoadSink
    {
        public void AddSchemaRule(SchemaRule rule) => store.LoadSchemaRule(rule);

        public void AddNode(long id, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties)
        {
            var node = new NodeEntity(id);
            foreach (var label in labels)
            {
                if (!node.HasLabel(label))
                {
                    node.LabelList.Add(string.IsInterned(label) ?? string.Intern(label));
                }
            }

            foreach (var kv in properties)
            {
                node.Properties.Set(kv.Key, kv.Value);
            }

            store._nodes[id] = node;
            foreach (var label in node.LabelList)
            {
                store.LabelSet(label).Add(node);
            }

            store.IndexAdd(node);
            store._nextNodeId = Math.Max(store._nextNodeId, id + 1);
        }

        public void AddRelationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyList<KeyValuePair<string, object?>> properties)
        {
            if (!store._nodes.TryGetValue(startNodeId, out var start) || !store._nodes.TryGetValue(endNodeId, out var end))
            {
                throw new InvalidOperationException($"Stored relationship {id} refers to a missing node.");
            }

            var rel = new RelationshipEntity(id, string.IsInterned(type) ?? string.Intern(type), start, end);
            foreach (var kv in properties)
            {
                rel.Properties.Set(kv.Key, kv.Value);
            }

            store._relationships[id] = rel;
            start.Outgoing.Add(rel);
            end.Incoming.Add(rel);
            store.RelIndexAdd(rel);
            store._nextRelationshipId = Math.Max(store._nextRelationshipId, id + 1);
        }
    }

    private HashSet<NodeEntity> LabelSet(string label)
    {
        if (!_labelIndex.TryGetValue(label, out var set))
        {
            set = [];
            _labelIndex[label] = set;
        }

        return set;
    }
}
