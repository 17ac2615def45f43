using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>Walks and rewrites expression trees (the AST records are immutable, so a rewrite rebuilds the path to a change).</summary>
internal static class ExpressionTree
{
    private static readonly HashSet<string> AggregateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc",
    };

    public static bool IsAggregate(Expression expression) =>
        expression is CountStar || (expression is FunctionCall call && AggregateNames.Contains(call.Name));

    /// <summary>True when an aggregate occurs anywhere in the expression outside nested subqueries.</summary>
    public static bool ContainsAggregate(Expression expression)
    {
        var found = false;
        Visit(expression, e =>
        {
            if (IsAggregate(e))
            {
                found = true;
            }

            return !found;
        });
        return found;
    }

    /// <summary>Names of variables the expression reads, including those named in nested patterns (a safe over-estimate).</summary>
    public static HashSet<string> ReferencedVariables(Expression expression)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Visit(expression, e =>
        {
            switch (e)
            {
                case Variable v:
                    names.Add(v.Name);
                    break;
                case MapProjection mp:
                    names.Add(mp.Variable);
                    foreach (var item in mp.Items)
                    {
                        if (item is VariableSelector vs)
                        {
                            names.Add(vs.Name);
                        }
                    }

                    break;
                case PatternPredicate pp:
                    AddPatternNames(pp.Pattern, names);
                    break;
                case PatternComprehension pc:
                    AddPatternNames(pc.Pattern, names);
                    break;
                case SubqueryExpression { Pattern: { } pattern }:
                    foreach (var part in pattern.Parts)
                    {
                        AddPatternNames(part.Element, names);
                    }

                    break;
            }

            return true;
        });
        return names;
    }

    /// <summary>True when the expression mentions a subquery whose body we cannot see into here.</summary>
    public static bool ContainsQuerySubquery(Expression expression)
    {
        var found = false;
        Visit(expression, e =>
        {
            if (e is SubqueryExpression { Query: not null })
            {
                found = true;
            }

            return !found;
        });
        return found;
    }

    public static void AddPatternNames(PatternElement element, HashSet<string> names)
    {
        foreach (var node in element.Nodes)
        {
            if (node.Variable is not null)
            {
                names.Add(node.Variable);
            }

            if (node.Properties is not null)
            {
                names.UnionWith(ReferencedVariables(node.Properties));
            }
        }

        foreach (var step in element.Steps)
        {
            if (step.Relationship.Variable is not null)
            {
                names.Add(step.Relationship.Variable);
            }

            if (step.Relationship.Properties is not null)
            {
                names.UnionWith(ReferencedVariables(step.Relationship.Properties));
            }
        }
    }

    /// <summary>Pre-order visit of every subexpression; return false from the visitor to skip a node's children.</summary>
    public static void Visit(Expression expression, Func<Expression, bool> visitor)
    {
        if (!visitor(expression))
        {
            return;
        }

        foreach (var child in Children(expression))
        {
            Visit(child, visitor);
        }
    }

    public static IEnumerable<Expression> Children(Expression expression)
    {
        switch (expression)
        {
            case PropertyAccess p:
                yield return p.Subject;
                break;
            case ListLiteral l:
                foreach (var item in l.Items)
                {
                    yield return item;
                }

                break;
            case MapLiteral m:
                foreach (var entry in m.Entries)
                {
                    yield return entry.Value;
                }

                break;
            case BinaryExpression b:
                yield return b.Left;
                yield return b.Right;
                break;
            case UnaryExpression u:
                yield return u.Operand;
                break;
            case IsNullExpression n:
                yield return n.Operand;
                break;
            case LabelCheck lc:
                yield return lc.Subject;
                break;
            case IndexExpression ix:
                yield return ix.Subject;
                yield return ix.Index;
                break;
            case SliceExpression s:
                yield return s.Subject;
                if (s.From is not null)
                {
                    yield return s.From;
                }

                if (s.To is not null)
                {
                    yield return s.To;
                }

                break;
            case FunctionCall f:
                foreach (var arg in f.Arguments)
                {
                    yield return arg;
                }

                break;
            case CaseExpression c:
                if (c.Test is not null)
                {
                    yield return c.Test;
                }

                foreach (var alt in c.Alternatives)
                {
                    yield return alt.When;
                    yield return alt.Then;
                }

                if (c.Else is not null)
                {
                    yield return c.Else;
                }

                break;
            case ListComprehension lc2:
                yield return lc2.Source;
                if (lc2.Where is not null)
                {
                    yield return lc2.Where;
                }

                if (lc2.Projection is not null)
                {
                    yield return lc2.Projection;
                }

                break;
            case QuantifierExpression q:
                yield return q.Source;
                yield return q.Predicate;
                break;
            case ReduceExpression r:
                yield return r.Init;
                yield return r.Source;
                yield return r.Body;
                break;
            case PatternComprehension pc:
                if (pc.Where is not null)
                {
                    yield return pc.Where;
                }

                yield return pc.Projection;
                break;
            case SubqueryExpression { Where: { } where }:
                yield return where;
                break;
            case MapProjection mp:
                foreach (var item in mp.Items)
                {
                    if (item is LiteralEntrySelector le)
                    {
                        yield return le.Value;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Rebuilds the expression, replacing every subexpression for which <paramref name="replace"/> returns
    /// non-null (its children are then not visited).
    /// </summary>
    public static Expression Rewrite(Expression expression, Func<Expression, Expression?> replace)
    {
        if (replace(expression) is { } replaced)
        {
            return replaced;
        }

        Expression R(Expression e) => Rewrite(e, replace);
        Expression? RN(Expression? e) => e is null ? null : Rewrite(e, replace);

        return expression switch
        {
            PropertyAccess p => p with { Subject = R(p.Subject) },
            ListLiteral l => l with { Items = AstList.From(l.Items.Select(R)) },
            MapLiteral m => m with { Entries = AstList.From(m.Entries.Select(e => e with { Value = R(e.Value) })) },
            BinaryExpression b => b with { Left = R(b.Left), Right = R(b.Right) },
            UnaryExpression u => u with { Operand = R(u.Operand) },
            IsNullExpression n => n with { Operand = R(n.Operand) },
            LabelCheck lc => lc with { Subject = R(lc.Subject) },
            IndexExpression ix => ix with { Subject = R(ix.Subject), Index = R(ix.Index) },
            SliceExpression s => s with { Subject = R(s.Subject), From = RN(s.From), To = RN(s.To) },
            FunctionCall f => f with { Arguments = AstList.From(f.Arguments.Select(R)) },
            CaseExpression c => c with
            {
                Test = RN(c.Test),
                Alternatives = AstList.From(c.Alternatives.Select(a => new CaseAlternative(R(a.When), R(a.Then)))),
                Else = RN(c.Else),
            },
            ListComprehension lc2 => lc2 with { Source = R(lc2.Source), Where = RN(lc2.Where), Projection = RN(lc2.Projection) },
            QuantifierExpression q => q with { Source = R(q.Source), Predicate = R(q.Predicate) },
            ReduceExpression r => r with { Init = R(r.Init), Source = R(r.Source), Body = R(r.Body) },
            MapProjection mp => mp with
            {
                Items = AstList.From(mp.Items.Select(i => i is LiteralEntrySelector le ? le with { Value = R(le.Value) } : i)),
            },
            _ => expression,
        };
    }

    /// <summary>Splits a predicate into its top-level AND conjuncts.</summary>
    public static List<Expression> Conjuncts(Expression? predicate)
    {
        var result = new List<Expression>();
        Collect(predicate);
        return result;

        void Collect(Expression? e)
        {
            if (e is null)
            {
                return;
            }

            if (e is BinaryExpression { Operator: BinaryOperator.And } and)
            {
                Collect(and.Left);
                Collect(and.Right);
            }
            else
            {
                result.Add(e);
            }
        }
    }
}
