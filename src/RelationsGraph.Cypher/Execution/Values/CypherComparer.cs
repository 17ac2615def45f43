namespace RelationsGraph.Cypher.Execution.Values;

/// <summary>Cypher's comparison, equality, equivalence and ordering over engine values.</summary>
internal static class CypherComparer
{
    // CONTRACT (expressions workstream): replace the bodies; keep the signatures.

    /// <summary>Ternary equality (<c>=</c>): null when the answer is unknown.</summary>
    public static bool? Equal(object? left, object? right) => throw new NotImplementedException();

    /// <summary>Ternary comparison for &lt; &gt; &lt;= &gt;=: null when not comparable or unknown.</summary>
    public static int? Compare(object? left, object? right) => throw new NotImplementedException();

    /// <summary>Equivalence used by DISTINCT, grouping and UNION (null equals null, NaN equals NaN).</summary>
    public static bool Equivalent(object? left, object? right) => throw new NotImplementedException();

    /// <summary>Hash consistent with <see cref="Equivalent"/> (1 and 1.0 hash alike).</summary>
    public static int EquivalenceHash(object? value) => throw new NotImplementedException();

    /// <summary>The total order of ORDER BY (ascending; null sorts last).</summary>
    public static int CompareForOrdering(object? left, object? right) => throw new NotImplementedException();

    /// <summary>An <see cref="IEqualityComparer{T}"/> over <see cref="Equivalent"/>.</summary>
    public static IEqualityComparer<object?> EquivalenceComparer => throw new NotImplementedException();
}
