using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>Keeps the rows for which the predicate is true (null and false both drop the row).</summary>
internal sealed class FilterOperator(Expression predicate) : Operator
{
    public override IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        foreach (var row in input)
        {
            ctx.CheckDeadline();
            if (ctx.Evaluate(predicate, row) is true)
            {
                yield return row;
            }
        }
    }
}
