namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// Entities by integer id. The store hands out ids from a counter, so they are dense and an array indexed by
/// id finds one with a bounds check: no hashing, and one reference per entity instead of a dictionary entry
/// (at a million relationships a dictionary costs twice the memory and a resize copies it all).
/// Ids far beyond the array (a file written by some other tool, say) go to a dictionary instead.
/// </summary>
internal sealed class EntityTable<T>
    where T : class
{
    private const int MinSpan = 1 << 16;
    private const int MaxReserve = 1 << 24;
    private T?[] _items = [];
    private Dictionary<long, T>? _overflow;
    private int _count;

    public int Count => _count;

    /// <summary>Every entity: the array in id order, then any far ids.</summary>
    public IEnumerable<T> Values
    {
        get
        {
            var items = _items;
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is { } item)
                {
                    yield return item;
                }
            }

            if (_overflow is not null)
            {
                foreach (var item in _overflow.Values)
                {
                    yield return item;
                }
            }
        }
    }

    public T? Find(long id)
    {
        if ((ulong)id < (ulong)_items.Length)
        {
            return _items[id];
        }

        return _overflow is not null && _overflow.TryGetValue(id, out var far) ? far : null;
    }

    /// <summary>
    /// Makes room for ids below <paramref name="limit"/> at once (start-up load knows the largest id). Only up to
    /// 16 million ids: a file with a few huge ids must not make a huge, empty array; such ids grow it as they come.
    /// </summary>
    public void Reserve(long limit)
    {
        if (limit > _items.Length && limit <= MaxReserve)
        {
            Array.Resize(ref _items, (int)limit);
            MoveOverflowIntoArray();
        }
    }

    public void Set(long id, T item)
    {
        if ((ulong)id >= (ulong)_items.Length && !TryGrow(id))
        {
            _overflow ??= [];
            if (_overflow.TryAdd(id, item))
            {
                _count++;
            }
            else
            {
                _overflow[id] = item;
            }

            return;
        }

        if (_items[id] is null)
        {
            _count++;
        }

        _items[id] = item;
    }

    public void Remove(long id)
    {
        if ((ulong)id < (ulong)_items.Length)
        {
            if (_items[id] is not null)
            {
                _items[id] = null;
                _count--;
            }

            return;
        }

        if (_overflow is not null && _overflow.Remove(id))
        {
            _count--;
        }
    }

    private bool TryGrow(long id)
    {
        // Grow only while the array stays mostly full: a stray huge id must not allocate gigabytes.
        var span = Math.Max(MinSpan, 2L * (_count + 1));
        if (id < 0 || id >= Array.MaxLength || id - _items.Length >= span)
        {
            return false;
        }

        var size = Math.Max(id + 1, Math.Min(Array.MaxLength, Math.Max(16L, _items.Length * 2L)));
        Array.Resize(ref _items, (int)size);
        MoveOverflowIntoArray();
        return true;
    }

    private void MoveOverflowIntoArray()
    {
        if (_overflow is null)
        {
            return;
        }

        foreach (var id in _overflow.Keys.Where(k => k >= 0 && k < _items.Length).ToList())
        {
            _items[id] = _overflow[id];
            _overflow.Remove(id);
        }
    }
}
