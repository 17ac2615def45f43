namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>The body of a scalar function over evaluated arguments.</summary>
internal delegate object? FunctionBody(object?[] arguments, IEvaluationContext context);

/// <summary>How the evaluator treats a function.</summary>
internal enum FunctionKind
{
    /// <summary>Arguments evaluated, then the body runs.</summary>
    Scalar,

    /// <summary>coalesce(): arguments evaluated lazily, left to right.</summary>
    Coalesce,

    /// <summary>exists(): legacy property or pattern existence.</summary>
    Exists,

    /// <summary>An aggregate: computed by the executor, never by the evaluator.</summary>
    Aggregate,
}

/// <summary>One entry of the <see cref="FunctionCatalog"/>.</summary>
internal sealed class FunctionDefinition(string name, int minArity, int maxArity, FunctionKind kind, FunctionBody? body)
{
    /// <summary>The canonical (documented) spelling, e.g. <c>toUpper</c>.</summary>
    public string Name { get; } = name;

    public int MinArity { get; } = minArity;

    /// <summary><see cref="int.MaxValue"/> for variadic functions.</summary>
    public int MaxArity { get; } = maxArity;

    public FunctionKind Kind { get; } = kind;

    public bool IsAggregate => Kind == FunctionKind.Aggregate;

    public object? Invoke(object?[] arguments, IEvaluationContext context) =>
        body is null
            ? throw new InvalidOperationException($"Function '{Name}' has no scalar body")
            : body(arguments, context);
}
