using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Collections;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution.Patterns;
using RelationsGraph.Cypher.Execution.Writes;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// Base of the updating clauses. They are eager: every input row is read before the first write, so a
/// clause never sees the writes of the clause itself through a lazy read upstream (Cypher's clause-at-a-time
/// semantics), and no store collection changes under a running scan.
/// </summary>
internal abstract class WriteOperator : Operator
{
    public override bool Writes => true;

    public sealed override IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        // Chunked buffers: an import's 20,000-row statement would otherwise put its row lists in the large object heap.
        var rows = new ChunkedList<Row>();
        foreach (var row in input)
        {
            rows.Add(row);
        }

        var output = new ChunkedList<Row>();
        for (var i = 0; i < rows.Count; i++)
        {
            ctx.CheckDeadline();
            Apply(rows[i], ctx, output);
        }

        for (var i = 0; i < output.Count; i++)
        {
            yield return output[i];
        }
    }

    protected abstract void Apply(Row row, QueryContext ctx, ChunkedList<Row> output);
}

/// <summary>CREATE.</summary>
internal sealed class CreateOperator(Pattern pattern) : WriteOperator
{
    protected override void Apply(Row row, QueryContext ctx, ChunkedList<Row> output)
    {
        var parts = pattern.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            row = PatternCreator.Create(parts[i], row, ctx);
        }

        output.Add(row);
    }
}

/// <summary>MERGE: every match of the whole part, or else the part created; rows see earlier rows' creations.</summary>
internal sealed class MergeOperator(PatternPart part, PatternPlan plan, IReadOnlyList<SetItem> onCreate, IReadOnlyList<SetItem> onMatch) : WriteOperator
{
    protected override void Apply(Row row, QueryContext ctx, ChunkedList<Row> output)
    {
        CheckNoNullProperties(row, ctx);
        var matches = PatternMatcher.Match(plan, row, ctx).ToList();
        if (matches.Count > 0)
        {
            foreach (var match in matches)
            {
                SetItems.Apply(onMatch, match, ctx);
                output.Add(match);
            }

            return;
        }

        var created = PatternCreator.Create(part, row, ctx);
        SetItems.Apply(onCreate, created, ctx);
        output.Add(created);
    }

    private void CheckNoNullProperties(Row row, QueryContext ctx)
    {
        foreach (var node in part.Element.Nodes)
        {
            if (node.Variable is null || !row.Has(node.Variable))
            {
                Check(node.Properties);
            }
        }

        foreach (var step in part.Element.Steps)
        {
            Check(step.Relationship.Properties);
        }

        void Check(Expression? properties)
        {
            foreach (var kv in EntityWriter.EvaluateProperties(properties, row, ctx))
            {
                if (kv.Value is null)
                {
                    throw EngineErrors.MergeNullProperty(kv.Key);
                }
            }
        }
    }
}

/// <summary>SET.</summary>
internal sealed class SetOperator(IReadOnlyList<SetItem> items) : WriteOperator
{
    protected override void Apply(Row row, QueryContext ctx, ChunkedList<Row> output)
    {
        SetItems.Apply(items, row, ctx);
        output.Add(row);
    }
}

/// <summary>REMOVE.</summary>
internal sealed class RemoveOperator(IReadOnlyList<RemoveItem> items) : WriteOperator
{
    protected override void Apply(Row row, QueryContext ctx, ChunkedList<Row> output)
    {
        SetItems.Remove(items, row, ctx);
        output.Add(row);
    }
}

/// <summary>[DETACH] DELETE; leftover relationships of deleted nodes are checked when the statement ends.</summary>
internal sealed class DeleteOperator(IReadOnlyList<Expression> targets, bool detach) : WriteOperator
{
    protected override void Apply(Row row, QueryContext ctx, ChunkedList<Row> output)
    {
        var values = targets.Select(t => ctx.Evaluate(t, row)).ToList();
        foreach (var value in values)
        {
            EntityWriter.Delete(value, detach, ctx);
        }

        output.Add(row);
    }
}

/// <summary>FOREACH: runs its update clauses once per list element, then passes the row on unchanged.</summary>
internal sealed class ForeachOperator(string variable, Expression list, IReadOnlyList<Operator> body) : WriteOperator
{
    protected override void Apply(Row row, QueryContext ctx, ChunkedList<Row> output)
    {
        switch (ctx.Evaluate(list, row))
        {
            case null:
                break;
            case IReadOnlyList<object?> items:
                foreach (var item in items)
                {
                    IEnumerable<Row> rows = [row.Bind(variable, item)];
                    foreach (var op in body)
                    {
                        rows = op.Run(rows, ctx, Row.Empty);
                    }

                    foreach (var _ in rows)
                    {
                    }
                }

                break;
            case var other:
                throw new Core.Errors.CypherException(Core.Errors.StatusCodes.TypeError, $"FOREACH expected a list but got {EngineErrors.TypeName(other)}.", detail: "InvalidArgumentType");
        }

        output.Add(row);
    }
}
