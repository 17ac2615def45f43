using RelationsGraph.Core.Values;
using RelationsGraph.Cypher.Execution.Functions.Temporal;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Values;

/// <summary>Cypher's comparison, equality, equivalence and ordering over engine values.</summary>
internal static class CypherComparer
{
    // 2^63 as a double: the first double above every long.
    private const double TwoPow63 = 9.223372036854775807E18;

    /// <summary>Ternary equality (<c>=</c>): null when the answer is unknown.</summary>
    /// <remarks>
    /// Values of different types are unequal (false, not null), except integers and floats, which compare
    /// by mathematical value. Lists and maps compare element-wise: any unequal pair makes them unequal,
    /// otherwise any unknown pair makes the answer unknown. NaN equals nothing.
    /// </remarks>
    public static bool? Equal(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        switch (left)
        {
            case long a:
                return right switch
                {
                    long b => a == b,
                    double d => !double.IsNaN(d) && CompareLongDouble(a, d) == 0,
                    _ => false,
                };
            case double a:
                return right switch
                {
                    double d => a == d,
                    long b => !double.IsNaN(a) && CompareLongDouble(b, a) == 0,
                    _ => false,
                };
            case string a:
                return right is string s && string.Equals(a, s, StringComparison.Ordinal);
            case bool a:
                return right is bool b2 && a == b2;
            case IReadOnlyList<object?> a:
                return right is IReadOnlyList<object?> rl ? ListEqual(a, rl) : false;
            case IReadOnlyDictionary<string, object?> a:
                return right is IReadOnlyDictionary<string, object?> rm ? MapEqual(a, rm) : false;
            case NodeEntity a:
                return right is NodeEntity n && a.Id == n.Id;
            case RelationshipEntity a:
                return right is RelationshipEntity r && a.Id == r.Id;
            case PathValue a:
                return right is PathValue p && PathEqual(a, p);
            default:
                return left.Equals(right);
        }
    }

    /// <summary>Ternary comparison for &lt; &gt; &lt;= &gt;=: null when not comparable or unknown.</summary>
    /// <remarks>
    /// Numbers, strings, booleans, lists (lexicographically) and temporal values of one type are
    /// comparable; anything else, and NaN, give null. The operators treat NaN specially (false, not null).
    /// </remarks>
    public static int? Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        switch (left)
        {
            case long a:
                return right switch
                {
                    long b => a.CompareTo(b),
                    double d => double.IsNaN(d) ? null : CompareLongDouble(a, d),
                    _ => null,
                };
            case double a:
                if (double.IsNaN(a))
                {
                    return null;
                }

                return right switch
                {
                    double d => double.IsNaN(d) ? null : a.CompareTo(d),
                    long b => -CompareLongDouble(b, a),
                    _ => null,
                };
            case string a:
                return right is string s ? Math.Sign(string.CompareOrdinal(a, s)) : null;
            case bool a:
                return right is bool b2 ? a.CompareTo(b2) : null;
            case IReadOnlyList<object?> a:
                return right is IReadOnlyList<object?> rl ? CompareLists(a, rl) : null;
            default:
                if (TemporalOperations.IsTemporal(left) && TemporalOperations.IsTemporal(right))
                {
                    return TemporalOperations.Compare(left, right);
                }

                return null;
        }
    }

    /// <summary>Equivalence used by DISTINCT, grouping and UNION (null equals null, NaN equals NaN).</summary>
    public static bool Equivalent(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        switch (left)
        {
            case long a:
                return right switch
                {
                    long b => a == b,
                    double d => !double.IsNaN(d) && CompareLongDouble(a, d) == 0,
                    _ => false,
                };
            case double a:
                return right switch
                {
                    double d => a == d || (double.IsNaN(a) && double.IsNaN(d)),
                    long b => !double.IsNaN(a) && CompareLongDouble(b, a) == 0,
                    _ => false,
                };
            case string a:
                return right is string s && string.Equals(a, s, StringComparison.Ordinal);
            case bool a:
                return right is bool b2 && a == b2;
            case IReadOnlyList<object?> a:
                if (right is not IReadOnlyList<object?> rl || rl.Count != a.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!Equivalent(a[i], rl[i]))
                    {
                        return false;
                    }
                }

                return true;
            case IReadOnlyDictionary<string, object?> a:
                if (right is not IReadOnlyDictionary<string, object?> rm || rm.Count != a.Count)
                {
                    return false;
                }

                foreach (var entry in a)
                {
                    if (!rm.TryGetValue(entry.Key, out var other) || !Equivalent(entry.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            case NodeEntity a:
                return right is NodeEntity n && a.Id == n.Id;
            case RelationshipEntity a:
                return right is RelationshipEntity r && a.Id == r.Id;
            case PathValue a:
                return right is PathValue p && PathEqual(a, p);
            default:
                return left.Equals(right);
        }
    }

    /// <summary>Hash consistent with <see cref="Equivalent"/> (1 and 1.0 hash alike).</summary>
    public static int EquivalenceHash(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return l.GetHashCode();
            case double d:
                if (double.IsNaN(d))
                {
                    return 0x7ff80000;
                }

                // Integral floats hash as the integer they equal, so 1 and 1.0 land in one bucket.
                if (d >= -TwoPow63 && d < TwoPow63 && Math.Floor(d) == d)
                {
                    return ((long)d).GetHashCode();
                }

                return d.GetHashCode();
            case string s:
                return StringComparer.Ordinal.GetHashCode(s);
            case bool b:
                return b ? 1231 : 1237;
            case IReadOnlyList<object?> list:
                {
                    var hash = 17;
                    for (var i = 0; i < list.Count; i++)
                    {
                        hash = unchecked((hash * 31) + EquivalenceHash(list[i]));
                    }

                    return hash;
                }

            case IReadOnlyDictionary<string, object?> map:
                {
                    // Order-independent: maps with equal entries in any order hash alike.
                    var hash = 0x2d2816fe;
                    foreach (var entry in map)
                    {
                        hash = unchecked(hash + HashCode.Combine(StringComparer.Ordinal.GetHashCode(entry.Key), EquivalenceHash(entry.Value)));
                    }

                    return hash;
                }

            case NodeEntity node:
                return HashCode.Combine(1, node.Id);
            case RelationshipEntity relationship:
                return HashCode.Combine(2, relationship.Id);
            case PathValue path:
                {
                    var hash = HashCode.Combine(3, path.Nodes[0].Id);
                    for (var i = 0; i < path.Relationships.Count; i++)
                    {
                        hash = HashCode.Combine(hash, path.Relationships[i].Id);
                    }

                    return hash;
                }

            default:
                return value.GetHashCode();
        }
    }

    /// <summary>The total order of ORDER BY (ascending; null sorts last).</summary>
    /// <remarks>
    /// Across types: MAP &lt; NODE &lt; RELATIONSHIP &lt; LIST &lt; PATH &lt; ZONED DATETIME &lt; LOCAL DATETIME
    /// &lt; DATE &lt; ZONED TIME &lt; LOCAL TIME &lt; DURATION &lt; STRING &lt; BOOLEAN &lt; NUMBER &lt; null,
    /// with NaN above every other number (TCK WithOrderBy1 [21]/[22], Neo4j's documented ordering).
    /// </remarks>
    public static int CompareForOrdering(object? left, object? right)
    {
        var leftRank = OrderRank(left);
        var rightRank = OrderRank(right);
        if (leftRank != rightRank)
        {
            return leftRank < rightRank ? -1 : 1;
        }

        switch (left)
        {
            case null:
                return 0;
            case long a:
                return right is long b ? a.CompareTo(b) : -CompareNumberForOrdering((double)right!, a);
            case double a:
                return right is double d ? CompareDoublesForOrdering(a, d) : CompareNumberForOrdering(a, (long)right!);
            case string a:
                return Math.Sign(string.CompareOrdinal(a, (string)right!));
            case bool a:
                return a.CompareTo((bool)right!);
            case IReadOnlyList<object?> a:
                return CompareListsForOrdering(a, (IReadOnlyList<object?>)right!);
            case IReadOnlyDictionary<string, object?> a:
                return CompareMapsForOrdering(a, (IReadOnlyDictionary<string, object?>)right!);
            case NodeEntity a:
                return a.Id.CompareTo(((NodeEntity)right!).Id);
            case RelationshipEntity a:
                return a.Id.CompareTo(((RelationshipEntity)right!).Id);
            case PathValue a:
                return ComparePathsForOrdering(a, (PathValue)right!);
            case CypherDuration a:
                return CompareDurationsForOrdering(a, (CypherDuration)right!);
            default:
                return TemporalOperations.IsTemporal(left) ? TemporalOperations.Compare(left, right!) ?? 0 : 0;
        }
    }

    /// <summary>An <see cref="IEqualityComparer{T}"/> over <see cref="Equivalent"/>.</summary>
    public static IEqualityComparer<object?> EquivalenceComparer { get; } = new EquivalenceEqualityComparer();

    /// <summary>An <see cref="IComparer{T}"/> over <see cref="CompareForOrdering"/> (ascending).</summary>
    public static IComparer<object?> OrderingComparer { get; } = new OrderingValueComparer();

    /// <summary>Exact comparison of an integer with a (non-NaN) float, without the rounding of a cast.</summary>
    internal static int CompareLongDouble(long value, double other)
    {
        if (other >= TwoPow63)
        {
            return -1;
        }

        if (other < -TwoPow63)
        {
            return 1;
        }

        var floor = Math.Floor(other);
        var floorAsLong = (long)floor;
        if (value != floorAsLong)
        {
            return value < floorAsLong ? -1 : 1;
        }

        return floor == other ? 0 : -1;
    }

    private static bool? ListEqual(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        var unknown = false;
        for (var i = 0; i < left.Count; i++)
        {
            var equal = Equal(left[i], right[i]);
            if (equal == false)
            {
                return false;
            }

            if (equal is null)
            {
                unknown = true;
            }
        }

        return unknown ? null : true;
    }

    private static bool? MapEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var key in left.Keys)
        {
            if (!right.ContainsKey(key))
            {
                return false;
            }
        }

        var unknown = false;
        foreach (var entry in left)
        {
            var equal = Equal(entry.Value, right[entry.Key]);
            if (equal == false)
            {
                return false;
            }

            if (equal is null)
            {
                unknown = true;
            }
        }

        return unknown ? null : true;
    }

    private static bool PathEqual(PathValue left, PathValue right)
    {
        if (left.Relationships.Count != right.Relationships.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Relationships.Count; i++)
        {
            if (left.Relationships[i].Id != right.Relationships[i].Id)
            {
                return false;
            }
        }

        for (var i = 0; i < left.Nodes.Count; i++)
        {
            if (left.Nodes[i].Id != right.Nodes[i].Id)
            {
                return false;
            }
        }

        return true;
    }

    private static int? CompareLists(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var l = left[i];
            var r = right[i];
            if (l is null || r is null)
            {
                return null;
            }

            if (Equal(l, r) == true)
            {
                continue;
            }

            var comparison = Compare(l, r);
            if (comparison is null or not 0)
            {
                return comparison;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static int OrderRank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeEntity => 1,
        RelationshipEntity => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        string => 11,
        bool => 12,
        long or double => 13,
        null => 14,
        _ => TemporalRank(value),
    };

    private static int TemporalRank(object value)
    {
        if (!TemporalOperations.IsTemporal(value))
        {
            return 15;
        }

        return TemporalOperations.TypeName(value) switch
        {
            "ZONED DATETIME" => 5,
            "LOCAL DATETIME" => 6,
            "DATE" => 7,
            "ZONED TIME" => 8,
            "LOCAL TIME" => 9,
            _ => 10,
        };
    }

    private static int CompareDoublesForOrdering(double left, double right)
    {
        var leftNaN = double.IsNaN(left);
        var rightNaN = double.IsNaN(right);
        if (leftNaN || rightNaN)
        {
            return leftNaN == rightNaN ? 0 : leftNaN ? 1 : -1;
        }

        return left == right ? 0 : left < right ? -1 : 1;
    }

    // Durations are not comparable with < and >, but ORDER BY needs a total order: component by component.
    private static int CompareDurationsForOrdering(CypherDuration left, CypherDuration right)
    {
        var comparison = left.Months.CompareTo(right.Months);
        if (comparison == 0)
        {
            comparison = left.Days.CompareTo(right.Days);
        }

        if (comparison == 0)
        {
            comparison = left.Seconds.CompareTo(right.Seconds);
        }

        return comparison != 0 ? comparison : left.Nanoseconds.CompareTo(right.Nanoseconds);
    }

    private static int CompareNumberForOrdering(double left, long right) =>
        double.IsNaN(left) ? 1 : -CompareLongDouble(right, left);

    private static int CompareListsForOrdering(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        var common = Math.Min(left.Count, right.Count);
        for (var i = 0; i < common; i++)
        {
            var comparison = CompareForOrdering(left[i], right[i]);
            if (comparison != 0)
            {
                return comparison;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static int CompareMapsForOrdering(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        var leftKeys = SortedKeys(left);
        var rightKeys = SortedKeys(right);
        var common = Math.Min(leftKeys.Length, rightKeys.Length);
        for (var i = 0; i < common; i++)
        {
            var keyComparison = string.CompareOrdinal(leftKeys[i], rightKeys[i]);
            if (keyComparison != 0)
            {
                return Math.Sign(keyComparison);
            }

            var valueComparison = CompareForOrdering(left[leftKeys[i]], right[rightKeys[i]]);
            if (valueComparison != 0)
            {
                return valueComparison;
            }
        }

        return leftKeys.Length.CompareTo(rightKeys.Length);
    }

    private static string[] SortedKeys(IReadOnlyDictionary<string, object?> map)
    {
        var keys = new string[map.Count];
        var i = 0;
        foreach (var key in map.Keys)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    private static int ComparePathsForOrdering(PathValue left, PathValue right)
    {
        var comparison = left.Nodes[0].Id.CompareTo(right.Nodes[0].Id);
        if (comparison != 0)
        {
            return comparison;
        }

        var common = Math.Min(left.Relationships.Count, right.Relationships.Count);
        for (var i = 0; i < common; i++)
        {
            comparison = left.Relationships[i].Id.CompareTo(right.Relationships[i].Id);
            if (comparison != 0)
            {
                return comparison;
            }

            comparison = left.Nodes[i + 1].Id.CompareTo(right.Nodes[i + 1].Id);
            if (comparison != 0)
            {
                return comparison;
            }
        }

        return left.Relationships.Count.CompareTo(right.Relationships.Count);
    }

    private sealed class EquivalenceEqualityComparer : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => Equivalent(x, y);

        public int GetHashCode(object? obj) => EquivalenceHash(obj);
    }

    private sealed class OrderingValueComparer : IComparer<object?>
    {
        public int Compare(object? x, object? y) => CompareForOrdering(x, y);
    }
}
