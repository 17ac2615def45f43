namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// The undo log and change record of one write transaction. Every mutation of the store appends the
/// action that reverses it, so a failed statement rolls back to its mark and a rolled-back transaction
/// to the start, leaving the graph exactly as before.
/// </summary>
internal sealed class WriteSession
{
    private readonly List<Action> _undo = [];

    public HashSet<NodeEntity> TouchedNodes { get; } = [];

    public HashSet<RelationshipEntity> TouchedRelationships { get; } = [];

    /// <summary>Nodes deleted by the running statement; checked for leftover relationships at its end.</summary>
    public List<NodeEntity> DeletedInStatement { get; } = [];

    public bool SchemaChanged { get; set; }

    public bool DataChanged { get; set; }

    public int Mark => _undo.Count;

    public void Record(Action undo) => _undo.Add(undo);

    public void RollbackTo(int mark)
    {
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            _undo[i]();
        }

        _undo.RemoveRange(mark, _undo.Count - mark);
    }
}
