using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Planning;

/// <summary>An executable query: a pipeline of operators, or a UNION of two plans.</summary>
internal abstract class QueryPlan
{
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>True when the plan has a RETURN (a subquery without one is a unit subquery).</summary>
    public abstract bool Returns { get; }

    public abstract bool Writes { get; }

    /// <summary>Rows of the query, starting from <paramref name="seed"/>; projections start fresh rows from <paramref name="baseRow"/>.</summary>
    public abstract IEnumerable<Row> Execute(QueryContext ctx, Row seed, Row baseRow);
}

/// <summary>One single query: its clauses as a pipeline.</summary>
internal sealed class PipelinePlan(IReadOnlyList<Operator> operators, IReadOnlyList<string> columns, bool returns) : QueryPlan
{
    public IReadOnlyList<Operator> Operators { get; } = operators;

    public override IReadOnlyList<string> Columns { get; } = columns;

    public override bool Returns { get; } = returns;

    public override bool Writes => Operators.Any(o => o.Writes);

    public override IEnumerable<Row> Execute(QueryContext ctx, Row seed, Row baseRow)
    {
        IEnumerable<Row> rows = [seed];
        foreach (var op in Operators)
        {
            rows = op.Run(rows, ctx, baseRow);
        }

        return rows;
    }
}

/// <summary><c>left UNION [ALL] right</c>; without ALL, duplicate rows are removed.</summary>
internal sealed class UnionPlan(QueryPlan left, QueryPlan right, bool all) : QueryPlan
{
    public override IReadOnlyList<string> Columns => left.Columns;

    public override bool Returns => true;

    public override bool Writes => left.Writes || right.Writes;

    public override IEnumerable<Row> Execute(QueryContext ctx, Row seed, Row baseRow)
    {
        var rows = left.Execute(ctx, seed, baseRow).Concat(right.Execute(ctx, seed, baseRow));
        return all ? rows : Distinct(rows, ctx);
    }

    private IEnumerable<Row> Distinct(IEnumerable<Row> rows, QueryContext ctx)
    {
        var seen = new HashSet<object?[]>(RowKeyComparer.Instance);
        var columns = Columns;
        foreach (var row in rows)
        {
            ctx.CheckDeadline();
            var key = new object?[columns.Count];
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = row.Get(columns[i]);
            }

            if (seen.Add(key))
            {
                yield return row;
            }
        }
    }
}
