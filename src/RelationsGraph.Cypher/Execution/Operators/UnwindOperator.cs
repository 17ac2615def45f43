using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>UNWIND: a row per list element; null gives no row, any other non-list value one row.</summary>
internal sealed class UnwindOperator(Expression list, string variable) : Operator
{
    public override IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        foreach (var row in input)
        {
            ctx.CheckDeadline();
            switch (ctx.Evaluate(list, row))
            {
                case null:
                    break;
                case IReadOnlyList<object?> items:
                    foreach (var item in items)
                    {
                        ctx.CheckDeadline();
                        yield return row.Bind(variable, item);
                    }

                    break;
                case var single:
                    yield return row.Bind(variable, single);
                    break;
            }
        }
    }
}
