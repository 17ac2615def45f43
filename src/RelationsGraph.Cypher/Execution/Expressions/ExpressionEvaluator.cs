using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution.Functions;
using RelationsGraph.Cypher.Execution.Functions.Temporal;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>Evaluates a bound expression against a scope.</summary>
internal static class ExpressionEvaluator
{
    // CONTRACT (expressions workstream): replace the body; keep the signature.
    public static object? Evaluate(Expression expression, IVariableScope scope, IEvaluationContext context)
    {
        // The most frequent shapes first: the switch tests types in order.
        switch (expression)
        {
            case Variable variable:
                return scope.TryGetValue(variable.Name, out var value) ? value : throw EvaluationErrors.UndefinedVariable(variable.Name);
            case PropertyAccess access:
                return GetProperty(Evaluate(access.Subject, scope, context), access.Key);
            case Literal literal:
                return literal.Value;
            case BinaryExpression binary:
                return EvaluateBinary(binary, scope, context);
            case Parameter parameter:
                return EvaluateParameter(parameter, context);
            case IsNullExpression isNull:
                return Boxes.Bool(Evaluate(isNull.Operand, scope, context) is null != isNull.Negated);
            case UnaryExpression unary:
                return EvaluateUnary(unary, scope, context);
            case FunctionCall call:
                return EvaluateFunction(call, scope, context);
            case ListLiteral list:
                return EvaluateList(list, scope, context);
            case MapLiteral map:
                return EvaluateMap(map, scope, context);
            case LabelCheck labelCheck:
                return EvaluateLabelCheck(labelCheck, scope, context);
            case IndexExpression index:
                return EvaluateIndex(Evaluate(index.Subject, scope, context), Evaluate(index.Index, scope, context));
            case SliceExpression slice:
                return EvaluateSlice(slice, scope, context);
            case CaseExpression caseExpression:
                return EvaluateCase(caseExpression, scope, context);
            case ListComprehension comprehension:
                return EvaluateListComprehension(comprehension, scope, context);
            case QuantifierExpression quantifier:
                return EvaluateQuantifier(quantifier, scope, context);
            case ReduceExpression reduce:
                return EvaluateReduce(reduce, scope, context);
            case MapProjection projection:
                return EvaluateMapProjection(projection, scope, context);
            case PatternPredicate predicate:
                return Boxes.Bool(context.EvaluatePatternPredicate(predicate.Pattern, scope));
            case PatternComprehension patternComprehension:
                return context.EvaluatePatternComprehension(patternComprehension, scope);
            case SubqueryExpression subquery:
                return context.EvaluateSubquery(subquery, scope);
            case CountStar:
                throw EvaluationErrors.AggregateNotPrecomputed("count(*)");
            default:
                throw EvaluationErrors.UnsupportedExpression(expression.GetType().Name);
        }
    }

    /// <summary>WHERE semantics: only <c>true</c> passes; null and false filter; a non-boolean is a type error.</summary>
    public static bool IsTrue(Expression predicate, IVariableScope scope, IEvaluationContext context) =>
        CypherOperators.AsBoolean(Evaluate(predicate, scope, context)) == true;

    /// <summary><c>subject.key</c> over an evaluated subject.</summary>
    public static object? GetProperty(object? subject, string key)
    {
        switch (subject)
        {
            case null:
                return null;
            case NodeEntity node:
                if (node.IsDeleted)
                {
                    throw EvaluationErrors.DeletedNode(node.Id);
                }

                return node.GetProperty(key);
            case RelationshipEntity relationship:
                if (relationship.IsDeleted)
                {
                    throw EvaluationErrors.DeletedRelationship(relationship.Id);
                }

                return relationship.GetProperty(key);
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(key, out var value) ? value : null;
            default:
                if (TemporalOperations.IsTemporal(subject))
                {
                    return TemporalOperations.TryGetProperty(subject, key, out var component)
                        ? component
                        : throw EvaluationErrors.UnknownTemporalField(subject, key);
                }

                throw EvaluationErrors.InvalidPropertyAccess(subject, key);
        }
    }

    /// <summary><c>subject[index]</c> over evaluated operands.</summary>
    public static object? EvaluateIndex(object? subject, object? index)
    {
        if (subject is null)
        {
            return null;
        }

        switch (subject)
        {
            case IReadOnlyList<object?> list:
                if (index is null)
                {
                    return null;
                }

                if (index is not long position)
                {
                    throw EvaluationErrors.ListIndexNotInteger(index);
                }

                if (position < 0)
                {
                    position += list.Count;
                }

                return position >= 0 && position < list.Count ? list[(int)position] : null;
            case IReadOnlyDictionary<string, object?> or NodeEntity or RelationshipEntity:
                return index switch
                {
                    null => null,
                    string key => GetProperty(subject, key),
                    _ => throw EvaluationErrors.MapKeyNotString(index),
                };
            default:
                throw EvaluationErrors.NotIndexable(subject);
        }
    }

    private static object? EvaluateParameter(Parameter parameter, IEvaluationContext context)
    {
        if (!context.Parameters.TryGetValue(parameter.Name, out var value))
        {
            throw EvaluationErrors.ParameterMissing(parameter.Name);
        }

        return value is int i ? Boxes.Long(i) : value;
    }

    private static object? EvaluateBinary(BinaryExpression binary, IVariableScope scope, IEvaluationContext context)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                {
                    // Short-circuit: false AND anything is false, so the right side need not run.
                    var left = CypherOperators.AsBoolean(Evaluate(binary.Left, scope, context));
                    if (left == false)
                    {
                        return Boxes.False;
                    }

                    var right = CypherOperators.AsBoolean(Evaluate(binary.Right, scope, context));
                    if (right == false)
                    {
                        return Boxes.False;
                    }

                    return left is null || right is null ? null : Boxes.True;
                }

            case BinaryOperator.Or:
                {
                    var left = CypherOperators.AsBoolean(Evaluate(binary.Left, scope, context));
                    if (left == true)
                    {
                        return Boxes.True;
                    }

                    var right = CypherOperators.AsBoolean(Evaluate(binary.Right, scope, context));
                    if (right == true)
                    {
                        return Boxes.True;
                    }

                    return left is null || right is null ? null : Boxes.False;
                }
        }

        var l = Evaluate(binary.Left, scope, context);
        var r = Evaluate(binary.Right, scope, context);
        if (binary.Operator == BinaryOperator.In && binary.Right is Parameter parameter)
        {
            return ParameterListLookup.In(l, r, parameter.Name, context.Parameters);
        }

        return binary.Operator switch
        {
            BinaryOperator.Xor => CypherOperators.Xor(l, r),
            BinaryOperator.Equal => CypherOperators.Equal(l, r),
            BinaryOperator.NotEqual => CypherOperators.NotEqual(l, r),
            BinaryOperator.LessThan => CypherOperators.LessThan(l, r),
            BinaryOperator.GreaterThan => CypherOperators.GreaterThan(l, r),
            BinaryOperator.LessThanOrEqual => CypherOperators.LessThanOrEqual(l, r),
            BinaryOperator.GreaterThanOrEqual => CypherOperators.GreaterThanOrEqual(l, r),
            BinaryOperator.StartsWith => CypherOperators.StartsWith(l, r),
            BinaryOperator.EndsWith => CypherOperators.EndsWith(l, r),
            BinaryOperator.Contains => CypherOperators.Contains(l, r),
            BinaryOperator.RegexMatch => CypherOperators.RegexMatch(l, r),
            BinaryOperator.In => CypherOperators.In(l, r),
            BinaryOperator.Add => CypherOperators.Add(l, r),
            BinaryOperator.Subtract => CypherOperators.Subtract(l, r),
            BinaryOperator.Multiply => CypherOperators.Multiply(l, r),
            BinaryOperator.Divide => CypherOperators.Divide(l, r),
            BinaryOperator.Modulo => CypherOperators.Modulo(l, r),
            BinaryOperator.Power => CypherOperators.Power(l, r),
            _ => throw EvaluationErrors.UnsupportedExpression("operator " + binary.Operator),
        };
    }

    private static object? EvaluateUnary(UnaryExpression unary, IVariableScope scope, IEvaluationContext context)
    {
        var operand = Evaluate(unary.Operand, scope, context);
        return unary.Operator switch
        {
            UnaryOperator.Not => CypherOperators.Not(operand),
            UnaryOperator.Negate => CypherOperators.Negate(operand),
            UnaryOperator.Plus => CypherOperators.UnaryPlus(operand),
            _ => throw EvaluationErrors.UnsupportedExpression("operator " + unary.Operator),
        };
    }

    private static object? EvaluateFunction(FunctionCall call, IVariableScope scope, IEvaluationContext context)
    {
        if (!FunctionCatalog.TryGet(call.Name, out var function))
        {
            throw EvaluationErrors.UnknownFunction(call.Name);
        }

        if (function.IsAggregate)
        {
            throw EvaluationErrors.AggregateNotPrecomputed(call.Name);
        }

        var arguments = call.Arguments;
        if (arguments.Count < function.MinArity || arguments.Count > function.MaxArity)
        {
            throw EvaluationErrors.WrongArgumentCount(call.Name, arguments.Count, function.MinArity, function.MaxArity);
        }

        switch (function.Kind)
        {
            case FunctionKind.Coalesce:
                // Lazy: later arguments run only while earlier ones are null.
                for (var i = 0; i < arguments.Count; i++)
                {
                    var candidate = Evaluate(arguments[i], scope, context);
                    if (candidate is not null)
                    {
                        return candidate;
                    }
                }

                return null;
            case FunctionKind.Exists:
                // exists(pattern) is the pattern's truth; exists(n.prop) asks whether the property is set.
                var argument = Evaluate(arguments[0], scope, context);
                return arguments[0] is PatternPredicate ? argument : Boxes.Bool(argument is not null);
        }

        var values = arguments.Count == 0 ? [] : new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(arguments[i], scope, context);
        }

        return function.Invoke(values, context);
    }

    private static List<object?> EvaluateList(ListLiteral list, IVariableScope scope, IEvaluationContext context)
    {
        var items = list.Items;
        var result = new List<object?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            result.Add(Evaluate(items[i], scope, context));
        }

        return result;
    }

    private static Dictionary<string, object?> EvaluateMap(MapLiteral map, IVariableScope scope, IEvaluationContext context)
    {
        var entries = map.Entries;
        var result = new Dictionary<string, object?>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            result[entries[i].Key] = Evaluate(entries[i].Value, scope, context);
        }

        return result;
    }

    private static object? EvaluateLabelCheck(LabelCheck check, IVariableScope scope, IEvaluationContext context)
    {
        var subject = Evaluate(check.Subject, scope, context);
        switch (subject)
        {
            case null:
                return null;
            case NodeEntity node:
                if (node.IsDeleted)
                {
                    throw EvaluationErrors.DeletedNode(node.Id);
                }

                for (var i = 0; i < check.Labels.Count; i++)
                {
                    if (!node.HasLabel(check.Labels[i]))
                    {
                        return Boxes.False;
                    }
                }

                return Boxes.True;
            case RelationshipEntity relationship:
                // A relationship has exactly one type, so it can only carry a single "label".
                for (var i = 0; i < check.Labels.Count; i++)
                {
                    if (!string.Equals(check.Labels[i], relationship.Type, StringComparison.Ordinal))
                    {
                        return Boxes.False;
                    }
                }

                return Boxes.True;
            default:
                throw EvaluationErrors.UnaryTypeMismatch("check labels of", subject);
        }
    }

    private static object? EvaluateSlice(SliceExpression slice, IVariableScope scope, IEvaluationContext context)
    {
        var subject = Evaluate(slice.Subject, scope, context);
        var from = slice.From is null ? null : Evaluate(slice.From, scope, context);
        var to = slice.To is null ? null : Evaluate(slice.To, scope, context);
        if (subject is null || (slice.From is not null && from is null) || (slice.To is not null && to is null))
        {
            return null;
        }

        if (subject is not IReadOnlyList<object?> list)
        {
            throw EvaluationErrors.NotAList("Slicing", subject);
        }

        var count = list.Count;
        var start = from is null ? 0 : SliceBound(from, count);
        var end = to is null ? count : SliceBound(to, count);
        var result = new List<object?>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            result.Add(list[i]);
        }

        return result;
    }

    private static int SliceBound(object bound, int count)
    {
        if (bound is not long position)
        {
            throw EvaluationErrors.ListIndexNotInteger(bound);
        }

        if (position < 0)
        {
            position += count;
        }

        return (int)Math.Clamp(position, 0, count);
    }

    private static object? EvaluateCase(CaseExpression expression, IVariableScope scope, IEvaluationContext context)
    {
        var alternatives = expression.Alternatives;
        if (expression.Test is not null)
        {
            var test = Evaluate(expression.Test, scope, context);
            for (var i = 0; i < alternatives.Count; i++)
            {
                if (CypherComparer.Equal(test, Evaluate(alternatives[i].When, scope, context)) == true)
                {
                    return Evaluate(alternatives[i].Then, scope, context);
                }
            }
        }
        else
        {
            for (var i = 0; i < alternatives.Count; i++)
            {
                if (IsTrue(alternatives[i].When, scope, context))
                {
                    return Evaluate(alternatives[i].Then, scope, context);
                }
            }
        }

        return expression.Else is null ? null : Evaluate(expression.Else, scope, context);
    }

    private static object? EvaluateListComprehension(ListComprehension comprehension, IVariableScope scope, IEvaluationContext context)
    {
        var source = Evaluate(comprehension.Source, scope, context);
        if (source is null)
        {
            return null;
        }

        var list = AsIterable(source, "A list comprehension");
        var local = new LocalScope(scope, comprehension.Variable);
        var result = new List<object?>(comprehension.Where is null ? list.Count : 4);
        for (var i = 0; i < list.Count; i++)
        {
            context.CheckDeadline();
            local.First = list[i];
            if (comprehension.Where is not null && !IsTrue(comprehension.Where, local, context))
            {
                continue;
            }

            result.Add(comprehension.Projection is null ? list[i] : Evaluate(comprehension.Projection, local, context));
        }

        return result;
    }

    private static object? EvaluateQuantifier(QuantifierExpression quantifier, IVariableScope scope, IEvaluationContext context)
    {
        var source = Evaluate(quantifier.Source, scope, context);
        if (source is null)
        {
            return null;
        }

        var list = AsIterable(source, quantifier.Kind switch
        {
            QuantifierKind.All => "all()",
            QuantifierKind.Any => "any()",
            QuantifierKind.None => "none()",
            _ => "single()",
        });
        var local = new LocalScope(scope, quantifier.Variable);
        var unknown = false;
        var matches = 0;
        for (var i = 0; i < list.Count; i++)
        {
            context.CheckDeadline();
            local.First = list[i];
            var truth = CypherOperators.AsBoolean(Evaluate(quantifier.Predicate, local, context));
            if (truth is null)
            {
                unknown = true;
                continue;
            }

            switch (quantifier.Kind)
            {
                case QuantifierKind.All when !truth.Value:
                    return Boxes.False;
                case QuantifierKind.Any when truth.Value:
                    return Boxes.True;
                case QuantifierKind.None when truth.Value:
                    return Boxes.False;
                case QuantifierKind.Single when truth.Value:
                    if (++matches > 1)
                    {
                        return Boxes.False;
                    }

                    break;
            }
        }

        if (unknown)
        {
            return null;
        }

        return quantifier.Kind switch
        {
            QuantifierKind.All => Boxes.True,
            QuantifierKind.Any => Boxes.False,
            QuantifierKind.None => Boxes.True,
            _ => Boxes.Bool(matches == 1),
        };
    }

    private static object? EvaluateReduce(ReduceExpression reduce, IVariableScope scope, IEvaluationContext context)
    {
        var accumulator = Evaluate(reduce.Init, scope, context);
        var source = Evaluate(reduce.Source, scope, context);
        if (source is null)
        {
            return null;
        }

        var list = AsIterable(source, "reduce()");
        var local = new LocalScope(scope, reduce.Accumulator, reduce.Variable);
        for (var i = 0; i < list.Count; i++)
        {
            context.CheckDeadline();
            local.First = accumulator;
            local.Second = list[i];
            accumulator = Evaluate(reduce.Body, local, context);
        }

        return accumulator;
    }

    private static object? EvaluateMapProjection(MapProjection projection, IVariableScope scope, IEvaluationContext context)
    {
        if (!scope.TryGetValue(projection.Variable, out var subject))
        {
            throw EvaluationErrors.UndefinedVariable(projection.Variable);
        }

        if (subject is null)
        {
            return null;
        }

        if (subject is not (NodeEntity or RelationshipEntity or IReadOnlyDictionary<string, object?>))
        {
            throw EvaluationErrors.InvalidPropertyAccess(subject, "{...}");
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case PropertySelector property:
                    result[property.Key] = GetProperty(subject, property.Key);
                    break;
                case LiteralEntrySelector entry:
                    result[entry.Key] = Evaluate(entry.Value, scope, context);
                    break;
                case VariableSelector variable:
                    result[variable.Name] = scope.TryGetValue(variable.Name, out var variableValue)
                        ? variableValue
                        : throw EvaluationErrors.UndefinedVariable(variable.Name);
                    break;
                case AllPropertiesSelector:
                    foreach (var property in AllProperties(subject))
                    {
                        result[property.Key] = property.Value;
                    }

                    break;
            }
        }

        return result;
    }

    private static IEnumerable<KeyValuePair<string, object?>> AllProperties(object subject) => subject switch
    {
        NodeEntity node => node.IsDeleted ? throw EvaluationErrors.DeletedNode(node.Id) : node.GetProperties(),
        RelationshipEntity relationship => relationship.IsDeleted
            ? throw EvaluationErrors.DeletedRelationship(relationship.Id)
            : relationship.GetProperties(),
        _ => (IReadOnlyDictionary<string, object?>)subject,
    };

    private static IReadOnlyList<object?> AsIterable(object source, string what) =>
        source as IReadOnlyList<object?> ?? throw EvaluationErrors.NotAList(what, source);
}
