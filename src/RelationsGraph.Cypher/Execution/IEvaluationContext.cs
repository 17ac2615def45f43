using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// What expression evaluation needs from the statement that runs it: parameters, the clock, cancellation,
/// and the executor for the expressions that contain patterns or subqueries.
/// </summary>
internal interface IEvaluationContext
{
    IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <summary>The clock behind datetime() and friends; fixed for a statement (statement time).</summary>
    DateTimeOffset StatementTime { get; }

    /// <summary>Transaction time (equal to statement time for auto-commit statements).</summary>
    DateTimeOffset TransactionTime { get; }

    /// <summary>Wall clock now (realtime functions).</summary>
    TimeProvider Clock { get; }

    /// <summary>Throws TransactionTimedOut past the deadline or on cancellation. Call in every loop.</summary>
    void CheckDeadline();

    /// <summary>True when the pattern has at least one match given the variables in scope.</summary>
    bool EvaluatePatternPredicate(PatternElement pattern, IVariableScope scope);

    /// <summary>The list a pattern comprehension produces.</summary>
    IReadOnlyList<object?> EvaluatePatternComprehension(PatternComprehension comprehension, IVariableScope scope);

    /// <summary>EXISTS { } (bool), COUNT { } (long) or COLLECT { } (list).</summary>
    object? EvaluateSubquery(SubqueryExpression subquery, IVariableScope scope);
}
