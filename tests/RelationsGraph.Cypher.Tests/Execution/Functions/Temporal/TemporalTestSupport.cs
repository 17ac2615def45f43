using RelationsGraph.Cypher.Execution.Functions.Temporal;

namespace RelationsGraph.Cypher.Tests.Execution.Functions.Temporal;

/// <summary>Calls temporal functions the way the evaluator does, with Cypher-ish map building.</summary>
internal static class TemporalTestSupport
{
    public static object? Call(string name, params object?[] args)
    {
        TemporalFunctions.TryInvoke(name, args, FixedClockContext.Default, out var result).ShouldBeTrue($"{name} is a temporal function");
        return result;
    }

    public static string? Text(string name, params object?[] args) => Call(name, args)?.ToString();

    /// <summary>A Cypher map from alternating keys and values: Map("year", 1984L, "month", 10L).</summary>
    public static Dictionary<string, object?> Map(params object?[] keysAndValues)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < keysAndValues.Length; i += 2)
        {
            map[(string)keysAndValues[i]!] = keysAndValues[i + 1];
        }

        return map;
    }
}
