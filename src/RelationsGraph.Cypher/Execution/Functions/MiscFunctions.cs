using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>Functions that read the clock or generate values.</summary>
internal static class MiscFunctions
{
    /// <summary>timestamp(): milliseconds since the epoch at statement time (stable within a statement).</summary>
    public static object? Timestamp(object?[] args, IEvaluationContext context) =>
        Boxes.Long(context.StatementTime.ToUnixTimeMilliseconds());

    public static object? RandomUuid(object?[] args, IEvaluationContext context) => Guid.NewGuid().ToString();
}
