namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// One step of a pipeline: pulls rows from its input and yields rows. Operators are immutable and shared
/// by every execution of a cached plan; per-run state lives in the iterators.
/// </summary>
/// <remarks>The base row passed to <see cref="Run"/> is what a projection starts its fresh rows from: the empty row, or the
/// outer scope inside an EXISTS/COUNT/COLLECT subquery.</remarks>
internal abstract class Operator
{
    public abstract IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow);

    /// <summary>True for clauses that change the graph; their input is read completely before the first write.</summary>
    public virtual bool Writes => false;
}
