using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>A column of WITH/RETURN; in an aggregating projection its aggregates are replaced by hidden variables.</summary>
internal sealed record ProjectedColumn(string Name, Expression Expression, bool HasAggregate);

/// <summary>An aggregate call computed per group and bound to <see cref="HiddenName"/>.</summary>
internal sealed record AggregateSpec(string HiddenName, Expression Call);

/// <summary>An ORDER BY key, rewritten so it reads projected columns by name.</summary>
internal sealed record SortKey(Expression Expression, bool Descending);

/// <summary>Everything a WITH or RETURN does, in execution order: project/aggregate, DISTINCT, ORDER BY, SKIP, LIMIT, WHERE.</summary>
internal sealed class ProjectionSpec
{
    public required ProjectedColumn[] Columns { get; init; }

    public required bool Distinct { get; init; }

    public required bool Aggregating { get; init; }

    public required AggregateSpec[] Aggregates { get; init; }

    public required SortKey[] OrderBy { get; init; }

    public Expression? Skip { get; init; }

    public Expression? Limit { get; init; }

    public Expression? Where { get; init; }

    /// <summary>An earlier clause writes: LIMIT 0 must still pull every row through it.</summary>
    public bool DrainInput { get; init; }
}
