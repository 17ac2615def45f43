using RelationsGraph.Cypher.Collections;

namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// The undo log and change record of one write transaction. Every mutation of the store appends the
/// action that reverses it, so a failed statement rolls back to its mark and a rolled-back transaction
/// to the start, leaving the graph exactly as before.
/// </summary>
/// <remarks>
/// Creations, by far the most frequent entries of an import, are logged as the created entity itself (undone
/// by the store) rather than as a closure, and the log is the record of what was created: the touched sets
/// hold only entities that existed before the transaction. An entity was created by this transaction exactly
/// when its id is at or above the watermark taken at the first write (ids are never reused).
/// </remarks>
internal sealed class WriteSession
{
    private readonly ChunkedList<UndoEntry> _undo = new();
    private long _nodeWatermark = -1;
    private long _relationshipWatermark = -1;

    /// <summary>Nodes that existed before this transaction and were changed or deleted by it.</summary>
    public HashSet<NodeEntity> TouchedNodes { get; } = [];

    /// <summary>Relationships that existed before this transaction and were changed or deleted by it.</summary>
    public HashSet<RelationshipEntity> TouchedRelationships { get; } = [];

    /// <summary>Nodes deleted by the running statement; checked for leftover relationships at its end.</summary>
    public List<NodeEntity> DeletedInStatement { get; } = [];

    public bool SchemaChanged { get; set; }

    public bool DataChanged { get; set; }

    public int Mark => _undo.Count;

    /// <summary>Nodes created by this transaction (and not undone), in id order.</summary>
    public IEnumerable<NodeEntity> CreatedNodes => Created<NodeEntity>();

    /// <summary>Relationships created by this transaction (and not undone), in id order.</summary>
    public IEnumerable<RelationshipEntity> CreatedRelationships => Created<RelationshipEntity>();

    /// <summary>Every node this transaction created, changed or deleted, in id order.</summary>
    public IEnumerable<NodeEntity> ChangedNodes => TouchedNodes.OrderBy(n => n.Id).Concat(CreatedNodes);

    /// <summary>Every relationship this transaction created, changed or deleted, in id order.</summary>
    public IEnumerable<RelationshipEntity> ChangedRelationships => TouchedRelationships.OrderBy(r => r.Id).Concat(CreatedRelationships);

    /// <summary>Takes the first ids this transaction may hand out, at its first write.</summary>
    public void SetWatermarks(long nextNodeId, long nextRelationshipId)
    {
        if (_nodeWatermark < 0)
        {
            _nodeWatermark = nextNodeId;
            _relationshipWatermark = nextRelationshipId;
        }
    }

    public bool IsCreatedHere(NodeEntity node) => _nodeWatermark >= 0 && node.Id >= _nodeWatermark;

    public bool IsCreatedHere(RelationshipEntity rel) => _relationshipWatermark >= 0 && rel.Id >= _relationshipWatermark;

    public void Record(Action undo) => _undo.Add(new UndoEntry(undo, null, null));

    /// <summary>Logs the creation of <paramref name="created"/>, which <paramref name="store"/> undoes.</summary>
    public void RecordCreated(GraphStore store, object created) => _undo.Add(new UndoEntry(null, store, created));

    public void RollbackTo(int mark)
    {
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            var entry = _undo[i];
            if (entry.Action is not null)
            {
                entry.Action();
            }
            else
            {
                entry.Store!.UndoCreate(entry.Created!);
            }
        }

        _undo.Truncate(mark);
    }

    private IEnumerable<T> Created<T>()
        where T : class
    {
        for (var i = 0; i < _undo.Count; i++)
        {
            if (_undo[i].Created is T created)
            {
                yield return created;
            }
        }
    }

    private readonly record struct UndoEntry(Action? Action, GraphStore? Store, object? Created);
}
