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
    private const int MaxSharedLabelSets = 1024;
    private readonly EntityTable<NodeEntity> _nodes = new();
    private readonly EntityTable<RelationshipEntity> _relationships = new();
    private readonly Dictionary<string, HashSet<NodeEntity>> _labelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _labelSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    private long _nextNodeId;
    private long _nextRelationshipId;

    /// <summary>The write transaction currently allowed to change the store; null outside writes.</summary>
    public WriteSession? Session { get; set; }

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _relationships.Count;

    public IEnumerable<NodeEntity> Nodes => _nodes.Values;

    public IEnumerable<RelationshipEntity> Relationships => _relationships.Values;

    public NodeEntity? FindNode(long id) => _nodes.Find(id);

    public RelationshipEntity? FindRelationship(long id) => _relationships.Find(id);

    public IReadOnlyCollection<NodeEntity> NodesWithLabel(string label) =>
        _labelIndex.TryGetValue(label, out var set) ? set : (IReadOnlyCollection<NodeEntity>)[];

    public int CountWithLabel(string label) => _labelIndex.TryGetValue(label, out var set) ? set.Count : 0;

    public IEnumerable<string> LabelsInUse() => _labelIndex.Where(kv => kv.Value.Count > 0).Select(kv => kv.Key);

    public IEnumerable<string> RelationshipTypesInUse()
    {
        // Every relationship sits in its start node's outgoing runs, one run per type: reading the runs
        // touches each node once instead of every relationship.
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in _nodes.Values)
        {
            foreach (var type in n.Outgoing.Types())
            {
                types.Add(type);
            }
        }

        return types;
    }

    public IEnumerable<string> PropertyKeysInUse()
    {
        // Entities share their key lists (shapes): collect each distinct shape once.
        var shapes = new HashSet<PropertyShape>(ReferenceEqualityComparer.Instance);
        foreach (var n in _nodes.Values)
        {
            shapes.Add(n.Properties.Shape);
        }

        foreach (var r in _relationships.Values)
        {
            shapes.Add(r.Properties.Shape);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            keys.UnionWith(shape.Keys);
        }

        return keys;
    }

    /// <summary>Fills this (empty) store from <paramref name="persistence"/>, without undo records.</summary>
    public void LoadFrom(IGraphPersistence persistence)
    {
        var sink = new LoadSink(this);
        persistence.Load(sink);
        sink.Complete();
    }

    /// <summary>
    /// A label array equal to <paramref name="labels"/>, shared with every node of the same labels when
    /// possible: label arrays are never changed in place, so sharing them is safe.
    /// </summary>
    private string[] ShareLabels(IReadOnlyList<string> labels)
    {
        switch (labels.Count)
        {
            case 0:
                return [];
            case 1:
                if (_labelSets.TryGetValue(labels[0], out var single))
                {
                    return single;
                }

                single = [string.IsInterned(labels[0]) ?? string.Intern(labels[0])];
                if (_labelSets.Count < MaxSharedLabelSets)
                {
                    _labelSets[single[0]] = single;
                }

                return single;
            default:
                var key = string.Join('\u0001', labels);
                if (_labelSets.TryGetValue(key, out var several))
                {
                    return several;
                }

                several = labels.Select(l => string.IsInterned(l) ?? string.Intern(l)).ToArray();
                if (_labelSets.Count < MaxSharedLabelSets)
                {
                    _labelSets[key] = several;
                }

                return several;
        }
    }

    private static List<string> DistinctLabels(IEnumerable<string> labels)
    {
        var result = new List<string>(2);
        foreach (var label in labels)
        {
            if (!result.Contains(label, StringComparer.Ordinal))
            {
                result.Add(label);
            }
        }

        return result;
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

    /// <summary>
    /// Fills an empty store at start-up. Relationships are only counted per node while they arrive; the
    /// adjacency arrays are allocated at their exact size and filled at the end. That keeps the nodes (old by
    /// then) from being written with references to ever newer objects during the load, which is what made
    /// every young-generation collection of a million-relationship load scan the whole graph.
    /// </summary>
    private sealed class LoadSink(GraphStore store) : IGraphLoadSink
    {
        private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
        private readonly List<string> _labels = new(4);
        private string[] _lastLabels = [];

        public void Prepare(long nodeIdLimit, long relationshipIdLimit)
        {
            store._nodes.Reserve(nodeIdLimit);
            store._relationships.Reserve(relationshipIdLimit);
        }

        public void AddSchemaRule(SchemaRule rule) => store.LoadSchemaRule(rule);

        public void AddNode(long id, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties)
        {
            var node = new NodeEntity(id);
            node.SetLabels(Labels(labels));
            node.Properties.SetAll(properties);
            store._nodes.Set(id, node);
            foreach (var label in node.LabelArray)
            {
                store.LabelSet(label).Add(node);
            }

            store.IndexAdd(node);
            store._nextNodeId = Math.Max(store._nextNodeId, id + 1);
        }

        public void AddRelationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyList<KeyValuePair<string, object?>> properties)
        {
            if (store._nodes.Find(startNodeId) is not { } start || store._nodes.Find(endNodeId) is not { } end)
            {
                throw new InvalidOperationException($"Stored relationship {id} refers to a missing node.");
            }

            if (!_types.TryGetValue(type, out var shared))
            {
                shared = string.IsInterned(type) ?? string.Intern(type);
                _types[shared] = shared;
            }

            var rel = new RelationshipEntity(id, shared, start, end);
            rel.Properties.SetAll(properties);
            store._relationships.Set(id, rel);
            start.Outgoing.CountForLoad();
            end.Incoming.CountForLoad();
            store.RelIndexAdd(rel);
            store._nextRelationshipId = Math.Max(store._nextRelationshipId, id + 1);
        }

        /// <summary>Builds the adjacency arrays once every relationship is in.</summary>
        public void Complete()
        {
            foreach (var node in store._nodes.Values)
            {
                node.Outgoing.AllocateForLoad();
                node.Incoming.AllocateForLoad();
            }

            foreach (var rel in store._relationships.Values)
            {
                rel.Start.Outgoing.AppendForLoad(rel);
                rel.End.Incoming.AppendForLoad(rel);
            }

            if (_types.Count < 2)
            {
                // One relationship type in the whole file: every array is one run already.
                return;
            }

            foreach (var node in store._nodes.Values)
            {
                node.Outgoing.FinishLoad();
                node.Incoming.FinishLoad();
            }
        }

        private string[] Labels(IReadOnlyList<string> labels)
        {
            // Consecutive nodes mostly carry the same labels: compare with the last set before anything else.
            var last = _lastLabels;
            if (labels.Count == last.Length)
            {
                var same = true;
                for (var i = 0; i < last.Length && same; i++)
                {
                    same = string.Equals(last[i], labels[i], StringComparison.Ordinal);
                }

                if (same)
                {
                    return last;
                }
            }

            _labels.Clear();
            _labels.AddRange(DistinctLabels(labels));
            _lastLabels = store.ShareLabels(_labels);
            return _lastLabels;
        }
    }
}
