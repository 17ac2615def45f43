using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>Structural questions about expressions that the binder asks in several places.</summary>
internal static class ExpressionTree
{
    private static readonly HashSet<string> AggregateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc",
    };

    public static bool IsAggregateName(string name) => AggregateNames.Contains(name) || FunctionLookup.IsAggregate(name);

    /// <summary>True for <c>count(*)</c> and calls of aggregating functions.</summary>
    public static bool IsAggregate(Expression expression) =>
        expression is CountStar || (expression is FunctionCall call && IsAggregateName(call.Name));

    /// <summary>
    /// True when an aggregate occurs in the expression outside nested queries (a subquery expression
    /// aggregates over its own rows, not the enclosing projection's).
    /// </summary>
    public static bool ContainsAggregate(Expression expression) =>
        IsAggregate(expression) || Children(expression).Any(ContainsAggregate);

    /// <summary>True when the expression refers to any variable (so it is not a constant).</summary>
    public static bool ContainsVariable(Expression expression) =>
        expression is Variable or MapProjection or PatternPredicate or PatternComprehension or SubqueryExpression
        || Children(expression).Any(ContainsVariable);

    /// <summary>The direct sub-expressions, not descending into subquery bodies.</summary>
    public static IEnumerable<Expression> Children(Expression expression)
    {
        switch (expression)
        {
            case PropertyAccess e:
                yield return e.Subject;
                break;
            case ListLiteral e:
                foreach (var item in e.Items)
                {
                    yield return item;
                }

                break;
            case MapLiteral e:
                foreach (var entry in e.Entries)
                {
                    yield return entry.Value;
                }

                break;
            case BinaryExpression e:
                yield return e.Left;
                yield return e.Right;
                break;
            case UnaryExpression e:
                yield return e.Operand;
                break;
            case IsNullExpression e:
                yield return e.Operand;
                break;
            case LabelCheck e:
                yield return e.Subject;
                break;
            case IndexExpression e:
                yield return e.Subject;
                yield return e.Index;
                break;
            case SliceExpression e:
                yield return e.Subject;
                if (e.From is not null)
                {
                    yield return e.From;
                }

                if (e.To is not null)
                {
                    yield return e.To;
                }

                break;
            case FunctionCall e:
                foreach (var argument in e.Arguments)
                {
                    yield return argument;
                }

                break;
            case CaseExpression e:
                if (e.Test is not null)
                {
                    yield return e.Test;
                }

                foreach (var alternative in e.Alternatives)
                {
                    yield return alternative.When;
                    yield return alternative.Then;
                }

                if (e.Else is not null)
                {
                    yield return e.Else;
                }

                break;
            case ListComprehension e:
                yield return e.Source;
                if (e.Where is not null)
                {
                    yield return e.Where;
                }

                if (e.Projection is not null)
                {
                    yield return e.Projection;
                }

                break;
            case QuantifierExpression e:
                yield return e.Source;
                yield return e.Predicate;
                break;
            case ReduceExpression e:
                yield return e.Init;
                yield return e.Source;
                yield return e.Body;
                break;
            case PatternComprehension e:
                foreach (var property in PatternProperties(e.Pattern))
                {
                    yield return property;
                }

                if (e.Where is not null)
                {
                    yield return e.Where;
                }

                yield return e.Projection;
                break;
            case PatternPredicate e:
                foreach (var property in PatternProperties(e.Pattern))
                {
                    yield return property;
                }

                break;
            case MapProjection e:
                foreach (var item in e.Items)
                {
                    if (item is LiteralEntrySelector entry)
                    {
                        yield return entry.Value;
                    }
                }

                break;
        }
    }

    /// <summary>The property-map expressions of a pattern chain.</summary>
    public static IEnumerable<Expression> PatternProperties(PatternElement element)
    {
        foreach (var node in element.Nodes)
        {
            if (node.Properties is not null)
            {
                yield return node.Properties;
            }
        }

        foreach (var step in element.Steps)
        {
            if (step.Relationship.Properties is not null)
            {
                yield return step.Relationship.Properties;
            }
        }
    }
}
