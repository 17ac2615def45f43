using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

/// <summary>An evaluation context with fixed parameters and clock; pattern expressions answer from delegates.</summary>
internal sealed class TestContext(IReadOnlyDictionary<string, object?>? parameters = null) : IEvaluationContext
{
    public static readonly DateTimeOffset FixedTime = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    public IReadOnlyDictionary<string, object?> Parameters { get; } = parameters ?? new Dictionary<string, object?>();

    public DateTimeOffset StatementTime => FixedTime;

    public DateTimeOffset TransactionTime => FixedTime;

    public TimeProvider Clock => TimeProvider.System;

    public Func<PatternElement, IVariableScope, bool> PatternPredicate { get; init; } = (_, _) => false;

    public Func<PatternComprehension, IVariableScope, IReadOnlyList<object?>> PatternComprehension { get; init; } = (_, _) => [];

    public Func<SubqueryExpression, IVariableScope, object?> Subquery { get; init; } = (_, _) => null;

    public int DeadlineChecks { get; private set; }

    public void CheckDeadline() => DeadlineChecks++;

    public bool EvaluatePatternPredicate(PatternElement pattern, IVariableScope scope) => PatternPredicate(pattern, scope);

    public IReadOnlyList<object?> EvaluatePatternComprehension(PatternComprehension comprehension, IVariableScope scope) =>
        PatternComprehension(comprehension, scope);

    public object? EvaluateSubquery(SubqueryExpression subquery, IVariableScope scope) => Subquery(subquery, scope);
}
