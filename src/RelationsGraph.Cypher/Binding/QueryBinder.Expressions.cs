using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

internal sealed partial class QueryBinder
{
    /// <summary>Whether an aggregate may appear where an expression is being bound.</summary>
    private enum AggregationMode
    {
        Forbidden,
        Allowed,

        /// <summary>Inside an aggregate's arguments, where another aggregate is a nesting error.</summary>
        InsideAggregate,
    }

    /// <summary>
    /// What an expression is bound against. <see cref="Projected"/> lists expressions that an ORDER BY or
    /// WHERE after DISTINCT or aggregation may repeat verbatim even though their variables are gone.
    /// </summary>
    private sealed record ExpressionEnv(BindingScope Scope)
    {
        public AggregationMode Aggregation { get; init; } = AggregationMode.Forbidden;

        public IReadOnlyList<Expression>? Projected { get; init; }

        /// <summary>A nested scope (comprehension, quantifier) where aggregates are never allowed.</summary>
        public ExpressionEnv Nested(BindingScope scope) =>
            this with { Scope = scope, Aggregation = AggregationMode.Forbidden };
    }

    /// <summary>A predicate (WHERE, comprehension filter) must be able to be a boolean.</summary>
    private void BindPredicate(Expression predicate, ExpressionEnv env)
    {
        var type = BindExpression(predicate, env);
        if (type.IsKnown && type.Kind is not (TypeKind.Boolean or TypeKind.List))
        {
            throw BinderErrors.TypeMismatch("Boolean", type, predicate.Position);
        }
    }

    /// <summary>Checks the expression against the scope and returns what is known of its type.</summary>
    private StaticType BindExpression(Expression expression, ExpressionEnv env)
    {
        if (env.Projected is not null && env.Projected.Contains(expression))
        {
            return StaticType.Any;
        }

        switch (expression)
        {
            case Literal literal:
                return LiteralType(literal.Value);
            case Parameter parameter:
                _parameters.Add(parameter.Name);
                return StaticType.Any;
            case Variable variable:
                if (!env.Scope.TryGet(variable.Name, out var variableType))
                {
                    throw BinderErrors.UndefinedVariable(variable.Name, variable.Position);
                }

                return variableType;
            case PropertyAccess property:
                return BindPropertyAccess(property, env);
            case ListLiteral list:
                return StaticType.ListOf(StaticType.Common(list.Items.Select(item => BindExpression(item, env)).ToList()));
            case MapLiteral map:
                foreach (var entry in map.Entries)
                {
                    BindExpression(entry.Value, env);
                }

                return StaticType.Map;
            case BinaryExpression binary:
                return BindBinary(binary, env);
            case UnaryExpression unary:
                return BindUnary(unary, env);
            case IsNullExpression isNull:
                BindExpression(isNull.Operand, env);
                return StaticType.Boolean;
            case LabelCheck labelCheck:
                BindExpression(labelCheck.Subject, env);
                return StaticType.Boolean;
            case IndexExpression index:
                return BindIndex(index, env);
            case SliceExpression slice:
                var sliced = BindExpression(slice.Subject, env);
                BindOptional(slice.From, env);
                BindOptional(slice.To, env);
                return sliced.Kind == TypeKind.List ? sliced : StaticType.Any;
            case FunctionCall call:
                return BindFunctionCall(call, env);
            case CountStar:
                CheckAggregateAllowed(expression, env);
                return StaticType.Integer;
            case CaseExpression caseExpression:
                return BindCase(caseExpression, env);
            case ListComprehension comprehension:
                return BindListComprehension(comprehension, env);
            case QuantifierExpression quantifier:
                var quantified = BindIterated(quantifier.Source, env);
                BindPredicate(quantifier.Predicate, env.Nested(env.Scope.With(quantifier.Variable, ElementOf(quantified))));
                return StaticType.Boolean;
            case ReduceExpression reduce:
                BindExpression(reduce.Init, env);
                var reduced = BindIterated(reduce.Source, env);
                var bodyScope = env.Scope.With(reduce.Accumulator, StaticType.Any).With(reduce.Variable, ElementOf(reduced));
                BindExpression(reduce.Body, env.Nested(bodyScope));
                return StaticType.Any;
            case PatternComprehension comprehension:
                return BindPatternComprehension(comprehension, env);
            case PatternPredicate predicate:
                return BindPatternPredicate(predicate, env);
            case SubqueryExpression subquery:
                return BindSubqueryExpression(subquery, env);
            case MapProjection projection:
                return BindMapProjection(projection, env);
            default:
                return StaticType.Any;
        }
    }

    /// <summary>The source of a comprehension, quantifier or reduce: a list (or null), never a single value.</summary>
    private StaticType BindIterated(Expression source, ExpressionEnv env)
    {
        var type = BindExpression(source, env);
        if (type.IsKnown && type.Kind != TypeKind.List)
        {
            throw BinderErrors.TypeMismatch("List<T>", type, source.Position);
        }

        return type;
    }

    private void BindOptional(Expression? expression, ExpressionEnv env)
    {
        if (expression is not null)
        {
            BindExpression(expression, env);
        }
    }

    private static StaticType LiteralType(object? value) => value switch
    {
        null => StaticType.Null,
        bool => StaticType.Boolean,
        long or int => StaticType.Integer,
        double => StaticType.Float,
        string => StaticType.String,
        _ => StaticType.Any,
    };

    private StaticType BindPropertyAccess(PropertyAccess property, ExpressionEnv env)
    {
        var subject = BindExpression(property.Subject, env);
        switch (subject.Kind)
        {
            case TypeKind.Path:
                throw BinderErrors.TypeMismatch("Map, Node or Relationship", subject, property.Position);
            case TypeKind.Boolean or TypeKind.Integer or TypeKind.Float or TypeKind.String or TypeKind.List:
                throw BinderErrors.PropertyAccessOnNonEntity(subject, property.Position);
            default:
                return StaticType.Any;
        }
    }

    private StaticType BindBinary(BinaryExpression binary, ExpressionEnv env)
    {
        var left = BindExpression(binary.Left, env);
        var right = BindExpression(binary.Right, env);
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor:
                RequireBoolean(left, binary.Left);
                RequireBoolean(right, binary.Right);
                return StaticType.Boolean;
            case BinaryOperator.In:
                if (right.IsKnown && right.Kind != TypeKind.List)
                {
                    throw BinderErrors.TypeMismatch("List<T>", right, binary.Right.Position);
                }

                return StaticType.Boolean;
            case BinaryOperator.Add:
                return AddType(left, right, binary);
            case BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power:
                RequireNumber(left, binary.Left);
                RequireNumber(right, binary.Right);
                if (binary.Operator == BinaryOperator.Power)
                {
                    return left.IsNumber && right.IsNumber ? StaticType.Float : StaticType.Any;
                }

                return NumericResult(left, right);
            default:
                return StaticType.Boolean;
        }
    }

    private static StaticType AddType(StaticType left, StaticType right, BinaryExpression binary)
    {
        if (left.Kind == TypeKind.List || right.Kind == TypeKind.List)
        {
            return StaticType.AnyList;
        }

        if (left.Kind == TypeKind.String || right.Kind == TypeKind.String)
        {
            return left.IsKnown && right.IsKnown && !IsAddableToString(left.Kind == TypeKind.String ? right : left)
                ? throw BinderErrors.TypeMismatch("String, Integer, Float or Boolean", left.Kind == TypeKind.String ? right : left, binary.Position)
                : StaticType.String;
        }

        if (left.IsKnown && right.IsKnown && !(left.IsNumber && right.IsNumber))
        {
            var offending = left.IsNumber ? right : left;
            throw BinderErrors.TypeMismatch("Float or Integer", offending, binary.Position);
        }

        return NumericResult(left, right);
    }

    private static bool IsAddableToString(StaticType type) =>
        type.Kind is TypeKind.String or TypeKind.Integer or TypeKind.Float or TypeKind.Boolean;

    private static StaticType NumericResult(StaticType left, StaticType right)
    {
        if (left.Kind == TypeKind.Integer && right.Kind == TypeKind.Integer)
        {
            return StaticType.Integer;
        }

        return left.IsNumber && right.IsNumber ? StaticType.Float : StaticType.Any;
    }

    private static void RequireBoolean(StaticType type, Expression operand)
    {
        if (type.IsKnown && type.Kind != TypeKind.Boolean)
        {
            throw BinderErrors.TypeMismatch("Boolean", type, operand.Position);
        }
    }

    private static void RequireNumber(StaticType type, Expression operand)
    {
        if (type.IsKnown && !type.IsNumber)
        {
            throw BinderErrors.TypeMismatch("Float or Integer", type, operand.Position);
        }
    }

    private StaticType BindUnary(UnaryExpression unary, ExpressionEnv env)
    {
        var operand = BindExpression(unary.Operand, env);
        if (unary.Operator == UnaryOperator.Not)
        {
            RequireBoolean(operand, unary.Operand);
            return StaticType.Boolean;
        }

        RequireNumber(operand, unary.Operand);
        return operand.IsNumber ? operand : StaticType.Any;
    }

    // A non-integer index into a list is a run-time TypeError in the TCK (List1), so nothing is checked here.
    private StaticType BindIndex(IndexExpression index, ExpressionEnv env)
    {
        var subject = BindExpression(index.Subject, env);
        BindExpression(index.Index, env);
        return subject.Kind == TypeKind.List ? subject.ElementType : StaticType.Any;
    }

    private StaticType BindCase(CaseExpression caseExpression, ExpressionEnv env)
    {
        BindOptional(caseExpression.Test, env);
        var results = new List<StaticType>();
        foreach (var alternative in caseExpression.Alternatives)
        {
            BindExpression(alternative.When, env);
            results.Add(BindExpression(alternative.Then, env));
        }

        results.Add(caseExpression.Else is null ? StaticType.Null : BindExpression(caseExpression.Else, env));
        return StaticType.Common(results);
    }

    private StaticType BindListComprehension(ListComprehension comprehension, ExpressionEnv env)
    {
        var source = BindIterated(comprehension.Source, env);
        var element = ElementOf(source);
        var inner = env.Nested(env.Scope.With(comprehension.Variable, element));
        if (comprehension.Where is not null)
        {
            BindPredicate(comprehension.Where, inner);
        }

        return comprehension.Projection is null
            ? StaticType.ListOf(element)
            : StaticType.ListOf(BindExpression(comprehension.Projection, inner));
    }

    private StaticType BindPatternComprehension(PatternComprehension comprehension, ExpressionEnv env)
    {
        var local = env.Scope.Clone();
        BindPattern([new PatternPart(comprehension.PathVariable, comprehension.Pattern, PathSelector.All)], local, PatternMode.Match);
        var inner = env.Nested(local);
        if (comprehension.Where is not null)
        {
            BindPredicate(comprehension.Where, inner);
        }

        return StaticType.ListOf(BindExpression(comprehension.Projection, inner));
    }

    private StaticType BindPatternPredicate(PatternPredicate predicate, ExpressionEnv env)
    {
        var pattern = predicate.Pattern;
        if (pattern.Steps.Count == 0)
        {
            // `(n)` alone is a parenthesised node, not a pattern: it is not a predicate.
            if (pattern.Start.Variable is { } name)
            {
                if (!env.Scope.TryGet(name, out var type))
                {
                    throw BinderErrors.UndefinedVariable(name, pattern.Start.Position);
                }

                throw BinderErrors.TypeMismatch("Boolean", type.IsKnown ? type : StaticType.Node, pattern.Start.Position);
            }

            return StaticType.Boolean;
        }

        BindPattern([new PatternPart(null, pattern, PathSelector.All)], env.Scope.Clone(), PatternMode.Predicate);
        return StaticType.Boolean;
    }

    private StaticType BindSubqueryExpression(SubqueryExpression subquery, ExpressionEnv env)
    {
        IReadOnlyList<Column> columns = [];
        if (subquery.Query is not null)
        {
            columns = BindQuery(subquery.Query, env.Scope, QueryRole.ExpressionBody);
        }
        else if (subquery.Pattern is not null)
        {
            var local = env.Scope.Clone();
            BindPattern(subquery.Pattern.Parts, local, PatternMode.Match);
            if (subquery.Where is not null)
            {
                BindPredicate(subquery.Where, new ExpressionEnv(local));
            }
        }

        return subquery.Kind switch
        {
            SubqueryKind.Exists => StaticType.Boolean,
            SubqueryKind.Count => StaticType.Integer,
            _ => StaticType.ListOf(columns.Count == 1 ? columns[0].Type : StaticType.Any),
        };
    }

    private StaticType BindMapProjection(MapProjection projection, ExpressionEnv env)
    {
        if (!env.Scope.TryGet(projection.Variable, out var subject))
        {
            throw BinderErrors.UndefinedVariable(projection.Variable, projection.Position);
        }

        if (subject.Kind is TypeKind.Boolean or TypeKind.Integer or TypeKind.Float or TypeKind.String or TypeKind.List or TypeKind.Path)
        {
            throw BinderErrors.TypeMismatch("Map, Node or Relationship", subject, projection.Position);
        }

        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case VariableSelector selector when !env.Scope.Contains(selector.Name):
                    throw BinderErrors.UndefinedVariable(selector.Name, projection.Position);
                case LiteralEntrySelector entry:
                    BindExpression(entry.Value, env);
                    break;
            }
        }

        return StaticType.Map;
    }

    private static void CheckAggregateAllowed(Expression aggregate, ExpressionEnv env)
    {
        switch (env.Aggregation)
        {
            case AggregationMode.Forbidden:
                throw BinderErrors.InvalidAggregation(aggregate.Position);
            case AggregationMode.InsideAggregate:
                throw BinderErrors.NestedAggregation(aggregate.Position);
        }
    }
}
