namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>Operators and property access on temporal values, called by the expression evaluator.</summary>
internal static class TemporalOperations
{
    // CONTRACT (temporal workstream): replace the bodies; keep the signatures.

    /// <summary>True for any of the six temporal value types.</summary>
    public static bool IsTemporal(object? value) => false;

    /// <summary>temporal + duration, duration + temporal, duration + duration. False when the operands are not temporal.</summary>
    public static bool TryAdd(object left, object right, out object? result)
    {
        result = null;
        return false;
    }

    /// <summary>temporal - duration, duration - duration.</summary>
    public static bool TrySubtract(object left, object right, out object? result)
    {
        result = null;
        return false;
    }

    /// <summary>duration * number, number * duration.</summary>
    public static bool TryMultiply(object left, object right, out object? result)
    {
        result = null;
        return false;
    }

    /// <summary>duration / number.</summary>
    public static bool TryDivide(object left, object right, out object? result)
    {
        result = null;
        return false;
    }

    /// <summary>Component access such as <c>d.year</c>, <c>dur.minutes</c>, <c>dt.timezone</c>.</summary>
    public static bool TryGetProperty(object temporal, string key, out object? value)
    {
        value = null;
        return false;
    }

    /// <summary>Ordering within one temporal type; null when the two are not comparable (different types).</summary>
    public static int? Compare(object left, object right) => null;

    /// <summary>Cypher's type name: "DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME", "ZONED DATETIME", "DURATION".</summary>
    public static string TypeName(object temporal) => throw new NotImplementedException();
}
