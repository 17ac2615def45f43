namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// Equality of stored property values as an index sees them: numbers compare by value across INTEGER and
/// FLOAT (so <c>n.x = 1</c> finds 1.0), lists element-wise, everything else with its own Equals.
/// Only storable values (never entities or maps) reach an index, which keeps this small.
/// </summary>
internal sealed class IndexKeyComparer : IEqualityComparer<object>
{
    public static IndexKeyComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        switch (x)
        {
            case long lx when y is long ly:
                return lx == ly;
            case long lx when y is double dy:
                return NumbersEqual(lx, dy);
            case double dx when y is long ly2:
                return NumbersEqual(ly2, dx);
            case double dx when y is double dy2:
                return dx.Equals(dy2);
            case IReadOnlyList<object?> lx when y is IReadOnlyList<object?> ly:
                if (lx.Count != ly.Count)
                {
                    return false;
                }

                for (var i = 0; i < lx.Count; i++)
                {
                    if (!Equals(lx[i], ly[i]))
                    {
                        return false;
                    }
                }

                return true;
            case string sx:
                return y is string sy && string.Equals(sx, sy, StringComparison.Ordinal);
            default:
                return x.Equals(y);
        }
    }

    public int GetHashCode(object obj) => obj switch
    {
        long l => l.GetHashCode(),
        double d when d == Math.Floor(d) && d is >= long.MinValue and < long.MaxValue => ((long)d).GetHashCode(),
        double d => d.GetHashCode(),
        string s => string.GetHashCode(s, StringComparison.Ordinal),
        IReadOnlyList<object?> list => ListHash(list),
        _ => obj.GetHashCode(),
    };

    private static bool NumbersEqual(long l, double d) => d == Math.Floor(d) && d is >= long.MinValue and < long.MaxValue && (long)d == l;

    private int ListHash(IReadOnlyList<object?> list)
    {
        var hash = new HashCode();
        foreach (var item in list)
        {
            hash.Add(item is null ? 0 : GetHashCode(item));
        }

        return hash.ToHashCode();
    }
}
