namespace RelationsGraph.Tck.Values;

/// <summary>
/// Structural equality of TCK values. Integers never equal floats; NaN equals NaN so rows can be matched;
/// lists are ordered unless <c>ignoreListOrder</c> is set, in which case they compare as multisets (recursively).
/// </summary>
internal static class TckValueComparer
{
    public static bool AreEqual(TckValue expected, TckValue actual, bool ignoreListOrder)
    {
        switch (expected, actual)
        {
            case (TckNull, TckNull):
                return true;
            case (TckBool e, TckBool a):
                return e.Value == a.Value;
            case (TckInteger e, TckInteger a):
                return e.Value == a.Value;
            case (TckFloat e, TckFloat a):
                return (double.IsNaN(e.Value) && double.IsNaN(a.Value)) || e.Value.Equals(a.Value);
            case (TckString e, TckString a):
                return string.Equals(e.Value, a.Value, StringComparison.Ordinal);
            case (TckList e, TckList a):
                return ignoreListOrder ? MultisetEqual(e.Items, a.Items, ignoreListOrder) : SequenceEqual(e.Items, a.Items, ignoreListOrder);
            case (TckMap e, TckMap a):
                return MapEqual(e, a, ignoreListOrder);
            case (TckNode e, TckNode a):
                return NodeEqual(e, a, ignoreListOrder);
            case (TckRelationship e, TckRelationship a):
                return RelationshipEqual(e, a, ignoreListOrder);
            case (TckPath e, TckPath a):
                return PathEqual(e, a, ignoreListOrder);
            default:
                return false;
        }
    }

    /// <summary>True when the two sequences hold equal values in some order (each actual used once).</summary>
    public static bool MultisetEqual(IReadOnlyList<TckValue> expected, IReadOnlyList<TckValue> actual, bool ignoreListOrder)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        // Equality here is an equivalence relation, so greedy matching finds a pairing whenever one exists.
        var used = new bool[actual.Count];
        foreach (var e in expected)
        {
            var found = false;
            for (var i = 0; i < actual.Count; i++)
            {
                if (!used[i] && AreEqual(e, actual[i], ignoreListOrder))
                {
                    used[i] = true;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SequenceEqual(IReadOnlyList<TckValue> expected, IReadOnlyList<TckValue> actual, bool ignoreListOrder)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!AreEqual(expected[i], actual[i], ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapEqual(TckMap expected, TckMap actual, bool ignoreListOrder)
    {
        if (expected.Entries.Count != actual.Entries.Count)
        {
            return false;
        }

        foreach (var (key, value) in expected.Entries)
        {
            if (!actual.Entries.TryGetValue(key, out var other) || !AreEqual(value, other, ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NodeEqual(TckNode expected, TckNode actual, bool ignoreListOrder) =>
        expected.Labels.Count == actual.Labels.Count
        && expected.Labels.ToHashSet(StringComparer.Ordinal).SetEquals(actual.Labels)
        && MapEqual(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool RelationshipEqual(TckRelationship expected, TckRelationship actual, bool ignoreListOrder) =>
        string.Equals(expected.Type, actual.Type, StringComparison.Ordinal)
        && MapEqual(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool PathEqual(TckPath expected, TckPath actual, bool ignoreListOrder)
    {
        if (expected.Steps.Count != actual.Steps.Count || !NodeEqual(expected.Start, actual.Start, ignoreListOrder))
        {
            return false;
        }

        for (var i = 0; i < expected.Steps.Count; i++)
        {
            var e = expected.Steps[i];
            var a = actual.Steps[i];
            var directionMatches = e.Forward is null || a.Forward is null || e.Forward == a.Forward;
            if (!directionMatches
                || !RelationshipEqual(e.Relationship, a.Relationship, ignoreListOrder)
                || !NodeEqual(e.Node, a.Node, ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }
}
