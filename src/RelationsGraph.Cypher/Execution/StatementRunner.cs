using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution;

/// <summary>Runs a planned statement to completion under a held lock and shapes the result.</summary>
internal static class StatementRunner
{
    public static QueryResult Run(StatementPlan plan, QueryContext ctx, int? maxRows)
    {
        if (plan.IsSchemaCommand)
        {
            var (schemaColumns, schemaRows) = SchemaCommandRunner.Run(plan.Statement, ctx);
            var converted = schemaRows.Select(r => (IReadOnlyList<object?>)r.Select(ResultConverter.ToCore).ToArray()).ToList();
            return new QueryResult(schemaColumns, converted, ctx.Counters.ToCounters());
        }

        var query = plan.Query!;
        var columns = query.Returns ? query.Columns : [];
        var rows = new List<IReadOnlyList<object?>>();
        var truncated = false;
        foreach (var row in query.Execute(ctx, Row.Empty, Row.Empty))
        {
            ctx.CheckDeadline();
            if (maxRows is { } max && rows.Count >= max)
            {
                truncated = true;

                // A writing statement must still run to the end; a reading one can stop here.
                if (!plan.Writes)
                {
                    break;
                }

                continue;
            }

            if (columns.Count == 0)
            {
                continue;
            }

            var values = new object?[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ResultConverter.ToCore(row.Get(columns[i]));
            }

            rows.Add(values);
        }

        ctx.CheckDeadlineNow();
        return new QueryResult(columns, rows, ctx.Counters.ToCounters(), truncated);
    }
}
