namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>The temporal functions: date(), datetime(), duration.between(), date.truncate() and the rest.</summary>
internal static class TemporalFunctions
{
    // CONTRACT (temporal workstream): replace the bodies; keep the signatures.

    /// <summary>Lower-case names of every temporal function, namespaced ones included (e.g. "date.truncate").</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Calls the function when <paramref name="lowerName"/> is a temporal one; false otherwise.</summary>
    public static bool TryInvoke(string lowerName, IReadOnlyList<object?> arguments, IEvaluationContext context, out object? result)
    {
        result = null;
        return false;
    }
}
