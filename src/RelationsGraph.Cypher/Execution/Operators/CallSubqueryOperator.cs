using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// <c>CALL { ... }</c>: runs the body once per input row. A returning body multiplies the row by its
/// results; a unit body (no RETURN) runs for its writes and passes the row on.
/// </summary>
/// <remarks>Imports are the variables handed to the body (scoped form); null means the body opens with an importing WITH and sees the row.</remarks>
internal sealed class CallSubqueryOperator(QueryPlan body, IReadOnlyList<string>? imports, bool importAll, bool optional) : Operator
{
    public override bool Writes => body.Writes;

    public override IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        // A writing body must not run while an upstream scan is still reading the store.
        var rows = body.Writes ? input.ToList() : input;
        return Execute(rows, ctx);
    }

    private IEnumerable<Row> Execute(IEnumerable<Row> rows, QueryContext ctx)
    {
        foreach (var row in rows)
        {
            ctx.CheckDeadline();
            var seed = Seed(row);
            var results = body.Execute(ctx, seed, Row.Empty);
            if (!body.Returns)
            {
                foreach (var _ in results)
                {
                }

                yield return row;
                continue;
            }

            var produced = body.Writes ? results.ToList() : results;
            var any = false;
            foreach (var result in produced)
            {
                any = true;
                var combined = row;
                foreach (var column in body.Columns)
                {
                    combined = combined.Bind(column, result.Get(column));
                }

                yield return combined;
            }

            if (!any && optional)
            {
                var padded = row;
                foreach (var column in body.Columns)
                {
                    padded = padded.Bind(column, null);
                }

                yield return padded;
            }
        }
    }

    private Row Seed(Row row)
    {
        if (importAll || imports is null)
        {
            return row;
        }

        var seed = Row.Empty;
        foreach (var name in imports)
        {
            seed = seed.Bind(name, row.Get(name));
        }

        return seed;
    }
}
