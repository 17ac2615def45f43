using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution;

namespace RelationsGraph.Cypher.Tests.Execution.Functions.Temporal;

/// <summary>An evaluation context with fixed statement and transaction times, for temporal function tests.</summary>
internal sealed class FixedClockContext : IEvaluationContext
{
    public FixedClockContext(DateTimeOffset statementTime, DateTimeOffset? transactionTime = null, DateTimeOffset? realTime = null)
    {
        StatementTime = statementTime;
        TransactionTime = transactionTime ?? statementTime;
        Clock = new FixedTimeProvider(realTime ?? statementTime);
    }

    public static FixedClockContext Default { get; } = new(new DateTimeOffset(2024, 5, 1, 10, 20, 30, 123, TimeSpan.Zero));

    public IReadOnlyDictionary<string, object?> Parameters { get; } = new Dictionary<string, object?>();

    public DateTimeOffset StatementTime { get; }

    public DateTimeOffset TransactionTime { get; }

    public TimeProvider Clock { get; }

    public void CheckDeadline()
    {
    }

    public bool EvaluatePatternPredicate(PatternElement pattern, IVariableScope scope) => throw new NotSupportedException();

    public IReadOnlyList<object?> EvaluatePatternComprehension(PatternComprehension comprehension, IVariableScope scope) => throw new NotSupportedException();

    public object? EvaluateSubquery(SubqueryExpression subquery, IVariableScope scope) => throw new NotSupportedException();

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
