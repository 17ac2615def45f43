namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// One direction of a node's relationships: a single array kept in runs of one type each (runs in ordinal
/// order of the type, each run in the order its relationships were added), so a typed expansion touches only
/// its own run (found by binary search) and a node costs one array per direction, not a list per type.
/// A struct held in a field of its node: mutate only through that field.
/// </summary>
internal struct Adjacency
{
    private RelationshipEntity[]? _items;
    private int _count;

    public readonly int TotalCount => _count;

    public readonly bool IsEmpty => _count == 0;

    /// <summary>Every relationship, run by run. Writers never run while a reader iterates (updating clauses are eager).</summary>
    public readonly ArraySegment<RelationshipEntity> All => _items is null ? ArraySegment<RelationshipEntity>.Empty : new(_items, 0, _count);

    /// <summary>The relationships of one type.</summary>
    public readonly ArraySegment<RelationshipEntity> OfType(string type)
    {
        if (_count == 0)
        {
            return ArraySegment<RelationshipEntity>.Empty;
        }

        var items = _items!;
        var firstType = items[0].Type;
        var lastType = items[_count - 1].Type;
        if (ReferenceEquals(firstType, lastType) || string.Equals(firstType, lastType, StringComparison.Ordinal))
        {
            // One type only: the common case, decided without a search.
            return string.Equals(firstType, type, StringComparison.Ordinal) ? new(items, 0, _count) : ArraySegment<RelationshipEntity>.Empty;
        }

        var start = LowerBound(items, _count, type);
        var end = UpperBound(items, start, _count, type);
        return new(items, start, end - start);
    }

    /// <summary>The distinct types present, in run order.</summary>
    public readonly IEnumerable<string> Types()
    {
        for (var i = 0; i < _count;)
        {
            var type = _items![i].Type;
            yield return type;
            i = UpperBound(_items, i, _count, type);
        }
    }

    public void Add(RelationshipEntity relationship)
    {
        var items = _items ?? [];
        if (_count == items.Length)
        {
            Array.Resize(ref items, Math.Max(2, _count * 2));
            _items = items;
        }

        var type = relationship.Type;
        var at = _count == 0 || string.CompareOrdinal(items[_count - 1].Type, type) <= 0 ? _count : UpperBound(items, 0, _count, type);
        if (at < _count)
        {
            Array.Copy(items, at, items, at + 1, _count - at);
        }

        items[at] = relationship;
        _count++;
    }

    public void Remove(RelationshipEntity relationship)
    {
        if (_count == 0)
        {
            return;
        }

        var items = _items!;
        var run = OfType(relationship.Type);

        // Removing the newest is the common case (undo of a fresh create), so search backwards.
        for (var i = run.Offset + run.Count - 1; i >= run.Offset; i--)
        {
            if (ReferenceEquals(items[i], relationship))
            {
                Array.Copy(items, i + 1, items, i, _count - i - 1);
                _count--;
                items[_count] = null!;
                return;
            }
        }
    }

    /// <summary>Start-up load, first pass: count one relationship without storing it yet.</summary>
    internal void CountForLoad() => _count++;

    /// <summary>Start-up load, second pass: allocates the exact array counted in the first pass.</summary>
    internal void AllocateForLoad()
    {
        _items = _count == 0 ? null : new RelationshipEntity[_count];
        _count = 0;
    }

    /// <summary>Start-up load, second pass: stores a relationship (in id order) into the exact array.</summary>
    internal void AppendForLoad(RelationshipEntity relationship) => _items![_count++] = relationship;

    /// <summary>Start-up load, last step: groups the relationships into runs by type, keeping id order inside a run.</summary>
    internal readonly void FinishLoad()
    {
        if (_count < 2)
        {
            return;
        }

        var items = _items!;
        var sorted = true;
        for (var i = 1; i < _count; i++)
        {
            if (!ReferenceEquals(items[i - 1].Type, items[i].Type) && string.CompareOrdinal(items[i - 1].Type, items[i].Type) > 0)
            {
                sorted = false;
                break;
            }
        }

        if (!sorted)
        {
            Array.Sort(items, 0, _count, LoadOrder.Instance);
        }
    }

    private static int LowerBound(RelationshipEntity[] items, int count, string type)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(items[mid].Type, type) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(RelationshipEntity[] items, int from, int count, string type)
    {
        int lo = from, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(items[mid].Type, type) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Type first, then id: the order a store loaded from a file keeps inside each run.</summary>
    private sealed class LoadOrder : IComparer<RelationshipEntity>
    {
        public static LoadOrder Instance { get; } = new();

        public int Compare(RelationshipEntity? x, RelationshipEntity? y)
        {
            var c = string.CompareOrdinal(x!.Type, y!.Type);
            return c != 0 ? c : x.Id.CompareTo(y.Id);
        }
    }
}
