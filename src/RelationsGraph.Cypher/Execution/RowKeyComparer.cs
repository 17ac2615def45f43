using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution;

/// <summary>Equivalence of tuples of values, for DISTINCT, grouping and UNION.</summary>
internal sealed class RowKeyComparer : IEqualityComparer<object?[]>
{
    public static RowKeyComparer Instance { get; } = new();

    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null || x.Length != y.Length)
        {
            return ReferenceEquals(x, y);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!CypherComparer.Equivalent(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(object?[] obj)
    {
        var hash = new HashCode();
        foreach (var value in obj)
        {
            hash.Add(CypherComparer.EquivalenceHash(value));
        }

        return hash.ToHashCode();
    }
}
