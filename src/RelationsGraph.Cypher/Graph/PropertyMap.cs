namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// An entity's properties: a shared <see cref="PropertyShape"/> (the keys) and an exact-size value array.
/// A struct held in a field of its entity, so a relationship costs its entity object and one value array,
/// not a map object and a key array besides (at a million relationships that is what decides whether the
/// graph fits in memory and how long the garbage collector spends on a reload).
/// Mutate only through the entity's field (<c>entity.Properties.Set(...)</c>); a copy would change alone.
/// </summary>
internal struct PropertyMap
{
    private PropertyShape? _shape;
    private object?[]? _values;

    public readonly int Count => _shape?.Count ?? 0;

    public readonly PropertyShape Shape => _shape ?? PropertyShape.Empty;

    public readonly IEnumerable<KeyValuePair<string, object?>> Entries => Enumerate(Shape, _values);

    public readonly object? Get(string key)
    {
        if (_shape is null)
        {
            return null;
        }

        var index = _shape.IndexOf(key);
        return index < 0 ? null : _values![index];
    }

    public readonly bool ContainsKey(string key) => _shape is not null && _shape.IndexOf(key) >= 0;

    public readonly object? ValueAt(int index) => _values![index];

    /// <summary>Sets a value; a null value removes the key (Cypher stores no nulls).</summary>
    public void Set(string key, object? value)
    {
        var index = _shape?.IndexOf(key) ?? -1;
        if (index >= 0)
        {
            if (value is null)
            {
                RemoveAt(index);
            }
            else
            {
                _values![index] = value;
            }

            return;
        }

        if (value is null)
        {
            return;
        }

        var shape = Shape.With(key);
        var values = new object?[shape.Count];
        _values?.CopyTo(values, 0);
        values[^1] = value;
        _shape = shape;
        _values = values;
    }

    /// <summary>
    /// Replaces every property at once: one shape walk and one value array, where setting the keys one by one
    /// would allocate an array per key. Nulls are skipped; a repeated key keeps its last value.
    /// </summary>
    public void SetAll(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var shape = PropertyShape.Empty;
        object?[]? buffer = null;
        foreach (var (key, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            var existing = shape.IndexOf(key);
            if (existing >= 0)
            {
                buffer![existing] = value;
                continue;
            }

            shape = shape.With(key);
            if (buffer is null || buffer.Length < shape.Count)
            {
                Array.Resize(ref buffer, Math.Max(4, shape.Count * 2));
            }

            buffer[shape.Count - 1] = value;
        }

        if (shape.Count == 0)
        {
            _shape = null;
            _values = null;
            return;
        }

        _shape = shape;
        _values = buffer!.Length == shape.Count ? buffer : buffer.AsSpan(0, shape.Count).ToArray();
    }

    public bool Remove(string key)
    {
        var index = _shape?.IndexOf(key) ?? -1;
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    public void Clear()
    {
        _shape = null;
        _values = null;
    }

    private static IEnumerable<KeyValuePair<string, object?>> Enumerate(PropertyShape shape, object?[]? values)
    {
        for (var i = 0; i < shape.Count; i++)
        {
            yield return new KeyValuePair<string, object?>(shape.KeyAt(i), values![i]);
        }
    }

    private void RemoveAt(int index)
    {
        var shape = _shape!.Without(index);
        if (shape.Count == 0)
        {
            Clear();
            return;
        }

        var values = new object?[shape.Count];
        var old = _values!;
        for (int i = 0, j = 0; i < old.Length; i++)
        {
            if (i != index)
            {
                values[j++] = old[i];
            }
        }

        _shape = shape;
        _values = values;
    }
}
