using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution.Aggregation;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// WITH and RETURN. Output rows hold only the projected columns (so a later clause cannot see a variable
/// that went out of scope), while ORDER BY reads a wider scope: the input row (or a group's first row)
/// under the new columns, which is how ORDER BY may refer to variables from before the projection.
/// </summary>
internal sealed class ProjectionOperator(ProjectionSpec spec) : Operator
{
    private const int MaxReferenceKeys = 4096;

    public ProjectionSpec Spec { get; } = spec;

    public override IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        var skip = Spec.Skip is null ? 0 : EvaluateCount(Spec.Skip, "SKIP", ctx, baseRow);
        var limit = Spec.Limit is null ? long.MaxValue : EvaluateCount(Spec.Limit, "LIMIT", ctx, baseRow);

        var projected = Spec.Aggregating ? Aggregate(input, ctx, baseRow) : Project(input, ctx, baseRow);
        if (Spec.Distinct)
        {
            projected = Distinct(projected);
        }

        var keep = limit > long.MaxValue - skip ? long.MaxValue : skip + limit;
        var outputs = Spec.OrderBy.Length > 0 ? Sort(projected, ctx, keep) : projected.Select(p => (p.Output, p.Scope));
        if (skip > 0)
        {
            outputs = outputs.Skip((int)Math.Min(skip, int.MaxValue));
        }

        if (limit == 0 && Spec.DrainInput)
        {
            // LIMIT 0 after a write still lets every write happen.
            return DrainThenNothing(input);
        }

        if (limit != long.MaxValue)
        {
            outputs = outputs.Take((int)Math.Min(limit, int.MaxValue));
        }

        if (Spec.Where is { } where)
        {
            // WHERE after WITH sees the new columns and, under them, the variables from before.
            outputs = outputs.Where(row => ctx.Evaluate(where, row.Scope) is true);
        }

        return outputs.Select(o => o.Output);
    }

    private static IEnumerable<Row> DrainThenNothing(IEnumerable<Row> input)
    {
        foreach (var _ in input)
        {
        }

        yield break;
    }

    private static long EvaluateCount(Expression expression, string clause, QueryContext ctx, Row baseRow)
    {
        var value = ctx.Evaluate(expression, baseRow);
        return value switch
        {
            long l when l >= 0 => l,
            long l => throw EngineErrors.NegativeCount(clause, l),
            int i when i >= 0 => i,
            int i => throw EngineErrors.NegativeCount(clause, i),
            _ => throw EngineErrors.NonIntegerCount(clause, value),
        };
    }

    private IEnumerable<(Row Output, Row Scope, object?[] Values)> Project(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        var columns = Spec.Columns;
        var needScope = Spec.OrderBy.Length > 0 || Spec.Where is not null;
        foreach (var row in input)
        {
            ctx.CheckDeadline();
            var values = new object?[columns.Length];
            var output = baseRow;
            var scope = row;
            for (var i = 0; i < columns.Length; i++)
            {
                var value = ctx.Evaluate(columns[i].Expression, row);
                values[i] = value;
                output = output.Bind(columns[i].Name, value);
                if (needScope)
                {
                    scope = scope.Bind(columns[i].Name, value);
                }
            }

            yield return (output, scope, values);
        }
    }

    private IEnumerable<(Row Output, Row Scope, object?[] Values)> Aggregate(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        var columns = Spec.Columns;
        var groups = new Dictionary<object?[], Group>(RowKeyComparer.Instance);
        var order = new List<Group>();
        // The key is evaluated into one scratch array and copied only when it starts a new group.
        var key = new object?[columns.Length];

        // With one grouping column, a value seen before as the very same object (a stored property value is
        // shared by every entity that has it) finds its group by reference, without hashing the value.
        var single = SingleGroupingColumn(columns);
        var byReference = single >= 0 ? new Dictionary<object, Group>(ReferenceEqualityComparer.Instance) : null;
        foreach (var row in input)
        {
            ctx.CheckDeadline();
            Group? group;
            if (byReference is not null)
            {
                var value = ctx.Evaluate(columns[single].Expression, row);
                if (value is null || !byReference.TryGetValue(value, out group))
                {
                    key[single] = value;
                    group = FindOrAddGroup(groups, order, key, row);
                    if (value is not null && byReference.Count < MaxReferenceKeys)
                    {
                        byReference[value] = group;
                    }
                }
            }
            else
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    if (!columns[i].HasAggregate)
                    {
                        key[i] = ctx.Evaluate(columns[i].Expression, row);
                    }
                }

                group = FindOrAddGroup(groups, order, key, row);
            }

            for (var a = 0; a < group.Aggregators.Length; a++)
            {
                group.Aggregators[a].Add(row, ctx);
            }
        }

        // Aggregating without grouping keys over no rows still yields one row (count(*) = 0).
        if (order.Count == 0 && columns.All(c => c.HasAggregate))
        {
            order.Add(new Group(new object?[columns.Length], baseRow, Spec.Aggregates.Select(a => Aggregator.Create(a.Call)).ToArray()));
        }

        foreach (var group in order)
        {
            var scope = group.First;
            for (var i = 0; i < columns.Length; i++)
            {
                if (!columns[i].HasAggregate)
                {
                    scope = scope.Bind(columns[i].Name, group.Key[i]);
                }
            }

            for (var a = 0; a < Spec.Aggregates.Length; a++)
            {
                scope = scope.Bind(Spec.Aggregates[a].HiddenName, group.Aggregators[a].Result());
            }

            var values = new object?[columns.Length];
            var output = baseRow;
            for (var i = 0; i < columns.Length; i++)
            {
                values[i] = columns[i].HasAggregate ? ctx.Evaluate(columns[i].Expression, scope) : group.Key[i];
                output = output.Bind(columns[i].Name, values[i]);
            }

            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].HasAggregate)
                {
                    scope = scope.Bind(columns[i].Name, values[i]);
                }
            }

            yield return (output, scope, values);
        }
    }

    private static int SingleGroupingColumn(ProjectedColumn[] columns)
    {
        var found = -1;
        for (var i = 0; i < columns.Length; i++)
        {
            if (!columns[i].HasAggregate)
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    private Group FindOrAddGroup(Dictionary<object?[], Group> groups, List<Group> order, object?[] key, Row row)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            var groupKey = (object?[])key.Clone();
            group = new Group(groupKey, row, Spec.Aggregates.Select(a => Aggregator.Create(a.Call)).ToArray());
            groups[groupKey] = group;
            order.Add(group);
        }

        return group;
    }

    private static IEnumerable<(Row Output, Row Scope, object?[] Values)> Distinct(IEnumerable<(Row Output, Row Scope, object?[] Values)> rows)
    {
        var seen = new HashSet<object?[]>(RowKeyComparer.Instance);
        foreach (var row in rows)
        {
            if (seen.Add(row.Values))
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// Stable ORDER BY. With a LIMIT only the best SKIP+LIMIT rows are kept, in a bounded heap, so a
    /// top-k over a large input needs neither all rows in memory nor a full sort.
    /// </summary>
    private IEnumerable<(Row Output, Row Scope)> Sort(IEnumerable<(Row Output, Row Scope, object?[] Values)> rows, QueryContext ctx, long keep)
    {
        var keys = Spec.OrderBy;
        var comparer = Comparer<SortEntry>.Create((a, b) =>
        {
            // A sort of millions of rows takes seconds; the deadline must still hold inside it.
            ctx.CheckDeadline();
            for (var k = 0; k < keys.Length; k++)
            {
                var c = CypherComparer.CompareForOrdering(a.Keys[k], b.Keys[k]);
                if (c != 0)
                {
                    return keys[k].Descending ? -c : c;
                }
            }

            return a.Index.CompareTo(b.Index);
        });
        var bounded = keep < int.MaxValue;
        var heap = bounded ? new PriorityQueue<SortEntry, SortEntry>(Comparer<SortEntry>.Create((a, b) => comparer.Compare(b, a))) : null;
        var entries = new List<SortEntry>();
        var index = 0;
        foreach (var row in rows)
        {
            ctx.CheckDeadline();
            var values = new object?[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                values[k] = ctx.Evaluate(keys[k].Expression, row.Scope);
            }

            var entry = new SortEntry(row.Output, row.Scope, values, index++);
            if (heap is null)
            {
                entries.Add(entry);
            }
            else if (heap.Count < keep)
            {
                heap.Enqueue(entry, entry);
            }
            else if (keep > 0 && comparer.Compare(entry, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(entry, entry);
            }
        }

        if (heap is not null)
        {
            entries.AddRange(heap.UnorderedItems.Select(i => i.Element));
        }

        try
        {
            entries.Sort(comparer);
        }
        catch (InvalidOperationException e) when (e.InnerException is Core.Errors.CypherException inner)
        {
            // List.Sort wraps whatever the comparer throws; the timeout must come out as itself.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
        }

        foreach (var entry in entries)
        {
            yield return (entry.Output, entry.Scope);
        }
    }

    private sealed record SortEntry(Row Output, Row Scope, object?[] Keys, int Index);

    private sealed record Group(object?[] Key, Row First, Aggregator[] Aggregators);
}
