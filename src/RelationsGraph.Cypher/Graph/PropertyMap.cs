namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// An entity's properties: a shared <see cref="PropertyShape"/> (the keys) and the values, the first
/// <see cref="InlineSlots"/> of them in fields and any others in an exact-size array. A struct held in a field
/// of its entity, so a relationship with a few properties is one object, not an entity, a map, a key array
/// and a value array: at a million relationships that decides how much memory the graph takes and how long
/// the garbage collector spends on a reload.
/// Mutate only through the entity's field (<c>entity.Properties.Set(...)</c>); a copy would change alone.
/// </summary>
internal struct PropertyMap
{
    /// <summary>Values kept in fields; the benchmark's ties and actors have three properties each.</summary>
    public const int InlineSlots = 3;

    private PropertyShape? _shape;
    private object? _v0;
    private object? _v1;
    private object? _v2;
    private object?[]? _more;

    public readonly int Count => _shape?.Count ?? 0;

    public readonly PropertyShape Shape => _shape ?? PropertyShape.Empty;

    public readonly IEnumerable<KeyValuePair<string, object?>> Entries
    {
        get
        {
            var copy = this;
            return Enumerate(copy);
        }
    }

    /// <summary>A copy of the entries (what a commit hands to the persistence).</summary>
    public readonly KeyValuePair<string, object?>[] ToArray()
    {
        var shape = Shape;
        var result = new KeyValuePair<string, object?>[shape.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new(shape.KeyAt(i), ValueAt(i));
        }

        return result;
    }

    public readonly object? Get(string key)
    {
        if (_shape is null)
        {
            return null;
        }

        var index = _shape.IndexOf(key);
        return index < 0 ? null : ValueAt(index);
    }

    public readonly bool ContainsKey(string key) => _shape is not null && _shape.IndexOf(key) >= 0;

    public readonly object? ValueAt(int index) => index switch
    {
        0 => _v0,
        1 => _v1,
        2 => _v2,
        _ => _more![index - InlineSlots],
    };

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
                SetSlot(index, value);
            }

            return;
        }

        if (value is null)
        {
            return;
        }

        var shape = Shape.With(key);
        if (shape.Count > InlineSlots)
        {
            Array.Resize(ref _more, shape.Count - InlineSlots);
        }

        _shape = shape;
        SetSlot(shape.Count - 1, value);
    }

    /// <summary>
    /// Replaces every property at once: one shape walk and at most one array, where setting the keys one by one
    /// would copy the overflow array per key. Nulls are skipped; a repeated key keeps its last value.
    /// </summary>
    public void SetAll(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        if (properties is IReadOnlyList<KeyValuePair<string, object?>> list)
        {
            SetAll(list);
            return;
        }

        SetAll(properties.ToList());
    }

    /// <inheritdoc cref="SetAll(IEnumerable{KeyValuePair{string, object}})"/>
    public void SetAll(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        Clear();
        var shape = PropertyShape.Empty;
        List<object?>? extra = null;
        for (var p = 0; p < properties.Count; p++)
        {
            var (key, value) = properties[p];
            if (value is null)
            {
                continue;
            }

            var existing = shape.IndexOf(key);
            if (existing >= 0)
            {
                if (existing < InlineSlots)
                {
                    SetSlot(existing, value);
                }
                else
                {
                    extra![existing - InlineSlots] = value;
                }

                continue;
            }

            shape = shape.With(key);
            var slot = shape.Count - 1;
            if (slot < InlineSlots)
            {
                SetSlot(slot, value);
            }
            else
            {
                (extra ??= []).Add(value);
            }
        }

        _shape = shape.Count == 0 ? null : shape;
        _more = extra?.ToArray();
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

    public void Clear() => this = default;

    private static IEnumerable<KeyValuePair<string, object?>> Enumerate(PropertyMap map)
    {
        var shape = map.Shape;
        for (var i = 0; i < shape.Count; i++)
        {
            yield return new KeyValuePair<string, object?>(shape.KeyAt(i), map.ValueAt(i));
        }
    }

    private void SetSlot(int index, object? value)
    {
        switch (index)
        {
            case 0:
                _v0 = value;
                break;
            case 1:
                _v1 = value;
                break;
            case 2:
                _v2 = value;
                break;
            default:
                _more![index - InlineSlots] = value;
                break;
        }
    }

    private void RemoveAt(int index)
    {
        var count = _shape!.Count;
        var shape = _shape.Without(index);
        for (var i = index; i < count - 1; i++)
        {
            SetSlot(i, ValueAt(i + 1));
        }

        if (count - 1 < InlineSlots)
        {
            SetSlot(count - 1, null);
        }

        if (count - 1 <= InlineSlots)
        {
            _more = null;
        }
        else
        {
            _more = _more.AsSpan(0, count - 1 - InlineSlots).ToArray();
        }

        _shape = shape.Count == 0 ? null : shape;
    }
}
