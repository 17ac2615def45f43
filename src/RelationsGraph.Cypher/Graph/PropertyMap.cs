namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// A small property map kept as parallel arrays: most entities have a handful of properties, and a
/// dictionary per entity would cost several times the memory at a million relationships.
/// Keys are interned so equal keys share one string.
/// </summary>
internal sealed class PropertyMap
{
    private string[] _keys = [];
    private object?[] _values = [];
    private int _count;

    public int Count => _count;

    public object? Get(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return _values[i];
            }
        }

        return null;
    }

    public bool ContainsKey(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets a value; a null value removes the key (Cypher stores no nulls).</summary>
    public void Set(string key, object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                if (value is null)
                {
                    RemoveAt(i);
                }
                else
                {
                    _values[i] = value;
                }

                return;
            }
        }

        if (value is null)
        {
            return;
        }

        if (_count == _keys.Length)
        {
            var size = _count == 0 ? 2 : _count * 2;
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
        }

        _keys[_count] = string.IsInterned(key) ?? string.Intern(key);
        _values[_count] = value;
        _count++;
    }

    public bool Remove(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                RemoveAt(i);
                return true;
            }
        }

        return false;
    }

    public void Clear()
    {
        Array.Clear(_values, 0, _count);
        _count = 0;
    }

    public IEnumerable<KeyValuePair<string, object?>> Entries
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
            }
        }
    }

    private void RemoveAt(int index)
    {
        _count--;
        _keys[index] = _keys[_count];
        _values[index] = _values[_count];
        _keys[_count] = null!;
        _values[_count] = null;
    }
}
