using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Patterns;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Procedures;

namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// Everything one running statement needs: the store, parameters, clocks, the deadline, counters and the
/// procedure registry. It is also the evaluator's way back into the executor for patterns and subqueries.
/// </summary>
internal sealed class QueryContext : IEvaluationContext
{
    // The deadline is read from the clock only every so many checks: a timestamp read is cheap but not free,
    // and 256 iterations of any loop here take far less than the 100 ms a timeout may overrun.
    private const int CheckInterval = 256;
    private readonly long _deadlineTimestamp;
    private readonly CancellationToken _cancellation;
    private int _ticks;

    public QueryContext(
        GraphStore store,
        IReadOnlyDictionary<string, object?> parameters,
        TimeProvider clock,
        DateTimeOffset transactionTime,
        DateTimeOffset deadline,
        ProcedureRegistry procedures,
        CancellationToken cancellation)
    {
        Store = store;
        Parameters = parameters;
        Clock = clock;
        TransactionTime = transactionTime;
        StatementTime = clock.GetUtcNow();
        var remaining = deadline - StatementTime;
        _deadlineTimestamp = remaining <= TimeSpan.Zero
            ? clock.GetTimestamp()
            : clock.GetTimestamp() + (long)Math.Min(remaining.TotalSeconds * clock.TimestampFrequency, long.MaxValue / 2);
        _cancellation = cancellation;
        Procedures = procedures;
    }

    public GraphStore Store { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public DateTimeOffset StatementTime { get; }

    public DateTimeOffset TransactionTime { get; }

    public TimeProvider Clock { get; }

    public ProcedureRegistry Procedures { get; }

    public CounterSet Counters { get; } = new();

    public void CheckDeadline()
    {
        if (++_ticks < CheckInterval)
        {
            return;
        }

        _ticks = 0;
        CheckDeadlineNow();
    }

    public void CheckDeadlineNow()
    {
        if (_cancellation.IsCancellationRequested)
        {
            throw EngineErrors.Cancelled();
        }

        if (Clock.GetTimestamp() > _deadlineTimestamp)
        {
            throw EngineErrors.TimedOut();
        }
    }

    public object? Evaluate(Expression expression, IVariableScope scope) => ExpressionEvaluator.Evaluate(expression, scope, this);

    public bool EvaluatePatternPredicate(PatternElement pattern, IVariableScope scope) =>
        PatternExpressions.Exists(pattern, scope, this);

    public IReadOnlyList<object?> EvaluatePatternComprehension(PatternComprehension comprehension, IVariableScope scope) =>
        PatternExpressions.Comprehend(comprehension, scope, this);

    public object? EvaluateSubquery(SubqueryExpression subquery, IVariableScope scope) =>
        PatternExpressions.Subquery(subquery, scope, this);
}
