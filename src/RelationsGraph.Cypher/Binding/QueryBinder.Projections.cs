using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

internal sealed partial class QueryBinder
{
    private IReadOnlyList<Column> BindReturn(ReturnClause ret, BindingScope scope) =>
        BindProjection(ret.Projection, null, scope, "RETURN", out _);

    private BindingScope BindWith(WithClause with, BindingScope scope)
    {
        BindProjection(with.Projection, with.Where, scope, "WITH", out var next);
        return next;
    }

    /// <summary>
    /// Checks a WITH/RETURN body and builds the scope after it. ORDER BY and WHERE see the projected names
    /// and, unless the projection is DISTINCT or aggregating, the variables from before it too; after
    /// DISTINCT or aggregation they may still repeat a projected expression verbatim.
    /// </summary>
    private IReadOnlyList<Column> BindProjection(Projection projection, Expression? where, BindingScope scope, string clause, out BindingScope next)
    {
        if (projection.IncludeExisting && scope.Count == 0)
        {
            throw BinderErrors.NoVariablesInScope(clause, projection.Position);
        }

        var columns = new List<Column>();
        next = new BindingScope();
        if (projection.IncludeExisting)
        {
            foreach (var (name, type) in scope.Variables.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                columns.Add(new Column(name, type));
                next.Set(name, type);
            }
        }

        var env = new ExpressionEnv(scope) { Aggregation = AggregationMode.Allowed };
        var explicitNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in projection.Items)
        {
            var type = BindExpression(item.Expression, env);
            if (!explicitNames.Add(item.Name))
            {
                throw BinderErrors.ColumnNameConflict(item.Name, item.Position);
            }

            columns.RemoveAll(c => c.Name == item.Name);
            columns.Add(new Column(item.Name, type));
            next.Set(item.Name, type);
        }

        var aggregating = projection.Items.Any(item => ExpressionTree.ContainsAggregate(item.Expression));
        var grouping = new Grouping(projection, scope);
        if (aggregating)
        {
            foreach (var item in projection.Items.Where(item => ExpressionTree.ContainsAggregate(item.Expression)))
            {
                CheckImplicitGrouping(item.Expression, grouping, inOrderBy: false, NoLocals);
            }
        }

        // What ORDER BY and WHERE can see.
        BindingScope visible;
        IReadOnlyList<Expression>? projected = null;
        if (aggregating || projection.Distinct)
        {
            visible = next;
            projected = projection.Items.Select(item => item.Expression).ToList();
        }
        else
        {
            visible = scope.Clone();
            foreach (var (name, type) in next.Variables)
            {
                visible.Set(name, type);
            }
        }

        var afterEnv = new ExpressionEnv(visible) { Projected = projected };
        foreach (var sort in projection.OrderBy ?? AstList<SortItem>.Empty)
        {
            if (projected is not null && projected.Contains(sort.Expression))
            {
                continue;
            }

            if (ExpressionTree.ContainsAggregate(sort.Expression))
            {
                if (!aggregating)
                {
                    throw BinderErrors.InvalidAggregation(sort.Expression.Position);
                }

                CheckImplicitGrouping(sort.Expression, grouping, inOrderBy: true, NoLocals);
            }

            BindExpression(sort.Expression, afterEnv with { Aggregation = aggregating ? AggregationMode.Allowed : AggregationMode.Forbidden });
        }

        CheckSkipLimit(projection.Skip, "SKIP");
        CheckSkipLimit(projection.Limit, "LIMIT");
        if (where is not null)
        {
            BindPredicate(where, afterEnv);
        }

        // Checked last: Neo4j reports the errors above first when a query has both.
        var unaliased = clause == "WITH" ? projection.Items.FirstOrDefault(item => item.Alias is null && item.Expression is not Variable) : null;
        if (unaliased is not null)
        {
            throw BinderErrors.NoExpressionAlias(unaliased.Name, unaliased.Position);
        }

        return columns;
    }

    /// <summary>The grouping keys of an aggregating projection, for the implicit-grouping check.</summary>
    private sealed class Grouping(Projection projection, BindingScope before)
    {
        /// <summary>Expressions of the items without aggregates.</summary>
        public List<Expression> Keys { get; } = projection.Items
            .Where(item => !ExpressionTree.ContainsAggregate(item.Expression))
            .Select(item => item.Expression)
            .ToList();

        /// <summary>Projected names (visible in ORDER BY).</summary>
        public HashSet<string> Aliases { get; } = projection.Items.Select(item => item.Name).ToHashSet(StringComparer.Ordinal);

        public BindingScope Before { get; } = before;

        public bool IsGroupingVariable(string name) => Keys.Any(key => key is Variable v && v.Name == name);

        public bool MentionedByKey(string name) => Keys.Any(key => Mentions(key, name));

        private static bool Mentions(Expression expression, string name) =>
            (expression is Variable v && v.Name == name) || ExpressionTree.Children(expression).Any(child => Mentions(child, name));
    }

    /// <summary>
    /// Next to an aggregate, only grouping keys that are variables or properties of variables may appear
    /// (Neo4j's rule): <c>RETURN n.a, n.a + count(*)</c> is fine, <c>RETURN n.a + n.b, n.a + n.b + count(*)</c> is
    /// ambiguous. In ORDER BY, names that were never projected are simply undefined.
    /// </summary>
    private static void CheckImplicitGrouping(Expression expression, Grouping grouping, bool inOrderBy, IReadOnlySet<string> locals)
    {
        switch (expression)
        {
            case CountStar or Literal or Parameter:
                return;
            case FunctionCall call when ExpressionTree.IsAggregateName(call.Name):
                return;
            case Variable variable:
                CheckGroupingVariable(variable.Name, grouping, inOrderBy, locals, variable.Position);
                return;
            case PropertyAccess { Subject: Variable subject } property:
                if (grouping.Keys.Contains(property))
                {
                    return;
                }

                CheckGroupingVariable(subject.Name, grouping, inOrderBy, locals, property.Position);
                return;
            case MapProjection map:
                CheckGroupingVariable(map.Variable, grouping, inOrderBy, locals, map.Position);
                break;
            case ListComprehension comprehension:
                CheckImplicitGrouping(comprehension.Source, grouping, inOrderBy, locals);
                var inner = WithLocal(locals, comprehension.Variable);
                foreach (var part in new[] { comprehension.Where, comprehension.Projection })
                {
                    if (part is not null)
                    {
                        CheckImplicitGrouping(part, grouping, inOrderBy, inner);
                    }
                }

                return;
            case QuantifierExpression quantifier:
                CheckImplicitGrouping(quantifier.Source, grouping, inOrderBy, locals);
                CheckImplicitGrouping(quantifier.Predicate, grouping, inOrderBy, WithLocal(locals, quantifier.Variable));
                return;
            case ReduceExpression reduce:
                CheckImplicitGrouping(reduce.Init, grouping, inOrderBy, locals);
                CheckImplicitGrouping(reduce.Source, grouping, inOrderBy, locals);
                CheckImplicitGrouping(reduce.Body, grouping, inOrderBy, WithLocal(WithLocal(locals, reduce.Accumulator), reduce.Variable));
                return;
            case PatternComprehension or PatternPredicate or SubqueryExpression:
                return;
        }

        foreach (var child in ExpressionTree.Children(expression))
        {
            CheckImplicitGrouping(child, grouping, inOrderBy, locals);
        }
    }

    private static void CheckGroupingVariable(string name, Grouping grouping, bool inOrderBy, IReadOnlySet<string> locals, SourcePosition at)
    {
        if (locals.Contains(name) || grouping.IsGroupingVariable(name))
        {
            return;
        }

        if (inOrderBy)
        {
            if (grouping.Aliases.Contains(name))
            {
                return;
            }

            if (!grouping.Before.Contains(name) || !grouping.MentionedByKey(name))
            {
                throw BinderErrors.UndefinedVariable(name, at);
            }
        }
        else if (!grouping.Before.Contains(name))
        {
            // Reported by the ordinary binding pass; nothing to add here.
            return;
        }

        throw BinderErrors.AmbiguousAggregation(at);
    }

    private static readonly HashSet<string> NoLocals = new(StringComparer.Ordinal);

    private static HashSet<string> WithLocal(IReadOnlySet<string> locals, string name)
    {
        var copy = new HashSet<string>(locals, StringComparer.Ordinal) { name };
        return copy;
    }

    /// <summary>SKIP and LIMIT take a constant: no variables; a literal must be a non-negative integer.</summary>
    private void CheckSkipLimit(Expression? expression, string clause)
    {
        if (expression is null)
        {
            return;
        }

        if (ExpressionTree.ContainsVariable(expression))
        {
            throw BinderErrors.NonConstantSkipLimit(clause, expression.Position);
        }

        BindExpression(expression, new ExpressionEnv(BindingScope.Empty));
        var value = expression switch
        {
            Literal literal => literal.Value,
            UnaryExpression { Operator: UnaryOperator.Negate, Operand: Literal { Value: long l } } => -l,
            UnaryExpression { Operator: UnaryOperator.Negate, Operand: Literal { Value: double d } } => -d,
            _ => null,
        };
        switch (value)
        {
            case long l when l < 0:
                throw BinderErrors.NegativeSkipLimit(clause, l, expression.Position);
            case double or string or bool:
                throw BinderErrors.NonIntegerSkipLimit(clause, value, expression.Position);
        }
    }
}
