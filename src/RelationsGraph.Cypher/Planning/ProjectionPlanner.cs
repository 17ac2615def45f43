using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// Plans WITH/RETURN: expands <c>*</c>, replaces aggregate calls by hidden per-group variables, and
/// rewrites ORDER BY so that expressions written like a projected one read that column.
/// </summary>
internal static class ProjectionPlanner
{
    public const string HiddenPrefix = "\u0001";

    public static ProjectionSpec Plan(Projection projection, IReadOnlyList<string> scope, Expression? where, bool afterWrites)
    {
        var items = new List<ProjectionItem>();
        if (projection.IncludeExisting)
        {
            foreach (var name in scope.Where(n => !n.StartsWith(HiddenPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                if (!projection.Items.Any(i => string.Equals(i.Name, name, StringComparison.Ordinal)))
                {
                    items.Add(new ProjectionItem(new Variable(name), null, name));
                }
            }
        }

        items.AddRange(projection.Items);

        var aggregates = new List<AggregateSpec>();
        var hidden = new Dictionary<Expression, string>();
        string HiddenFor(Expression call)
        {
            if (!hidden.TryGetValue(call, out var name))
            {
                name = HiddenPrefix + "agg" + hidden.Count;
                hidden[call] = name;
                aggregates.Add(new AggregateSpec(name, call));
            }

            return name;
        }

        Expression RewriteAggregates(Expression e) =>
            ExpressionTree.Rewrite(e, x => ExpressionTree.IsAggregate(x) ? new Variable(HiddenFor(x)) { Position = x.Position } : null);

        var columns = items.Select(item =>
        {
            var has = ExpressionTree.ContainsAggregate(item.Expression);
            return new ProjectedColumn(item.Name, has ? RewriteAggregates(item.Expression) : item.Expression, has);
        }).ToArray();
        var aggregating = columns.Any(c => c.HasAggregate);
        var columnNames = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

        Expression RewriteOrder(Expression e) => ExpressionTree.Rewrite(e, x =>
        {
            if (x is Variable v && columnNames.Contains(v.Name))
            {
                return x;
            }

            foreach (var item in items)
            {
                if (item.Expression.Equals(x))
                {
                    return new Variable(item.Name) { Position = x.Position };
                }
            }

            return aggregating && ExpressionTree.IsAggregate(x) ? new Variable(HiddenFor(x)) { Position = x.Position } : null;
        });

        var orderBy = projection.OrderBy?.Select(s => new SortKey(RewriteOrder(s.Expression), s.Descending)).ToArray() ?? [];
        return new ProjectionSpec
        {
            Columns = columns,
            Distinct = projection.Distinct,
            Aggregating = aggregating,
            Aggregates = [.. aggregates],
            OrderBy = orderBy,
            Skip = projection.Skip,
            Limit = projection.Limit,
            Where = where,
            DrainInput = afterWrites,
        };
    }
}
