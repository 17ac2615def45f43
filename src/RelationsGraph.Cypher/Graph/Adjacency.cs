namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// One direction of a node's relationships, grouped by type so that a typed expansion touches only the
/// relationships of that type (O(degree of that type)). Nodes rarely carry more than a few types, so a
/// linear scan over the groups beats a dictionary in both time and memory.
/// </summary>
internal sealed class Adjacency
{
    private string[] _types = [];
    private List<RelationshipEntity>[] _lists = [];
    private int _count;

    public int GroupCount => _count;

    public bool IsEmpty
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                if (_lists[i].Count > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public int TotalCount
    {
        get
        {
            var total = 0;
            for (var i = 0; i < _count; i++)
            {
                total += _lists[i].Count;
            }

            return total;
        }
    }

    public List<RelationshipEntity>? Get(string type)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_types[i], type, StringComparison.Ordinal))
            {
                return _lists[i];
            }
        }

        return null;
    }

    public List<RelationshipEntity> GroupAt(int index) => _lists[index];

    public void Add(RelationshipEntity relationship)
    {
        var list = Get(relationship.Type);
        if (list is null)
        {
            if (_count == _types.Length)
            {
                var size = _count == 0 ? 1 : _count * 2;
                Array.Resize(ref _types, size);
                Array.Resize(ref _lists, size);
            }

            list = new List<RelationshipEntity>(1);
            _types[_count] = relationship.Type;
            _lists[_count] = list;
            _count++;
        }

        list.Add(relationship);
    }

    public void Remove(RelationshipEntity relationship)
    {
        var list = Get(relationship.Type);
        if (list is null)
        {
            return;
        }

        // Removing from the end is the common case (undo of a fresh create), so search backwards.
        var index = list.LastIndexOf(relationship);
        if (index >= 0)
        {
            list.RemoveAt(index);
        }
    }

    /// <summary>Every relationship, group by group. Writers never run while a reader iterates (updating clauses are eager).</summary>
    public IEnumerable<RelationshipEntity> All()
    {
        for (var i = 0; i < _count; i++)
        {
            foreach (var r in _lists[i])
            {
                yield return r;
            }
        }
    }
}
