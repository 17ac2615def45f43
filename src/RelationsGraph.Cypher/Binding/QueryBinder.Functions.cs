using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Procedures;

namespace RelationsGraph.Cypher.Binding;

internal sealed partial class QueryBinder
{
    private StaticType BindFunctionCall(FunctionCall call, ExpressionEnv env)
    {
        if (ExpressionTree.IsAggregateName(call.Name))
        {
            CheckAggregateAllowed(call, env);
            var arity = FunctionRules.AggregateArity(call.Name);
            if (call.Arguments.Count != arity)
            {
                throw BinderErrors.InvalidNumberOfArguments($"function '{call.Name}'", arity, call.Arguments.Count, call.Position);
            }

            var inner = env with { Aggregation = AggregationMode.InsideAggregate };
            var argumentTypes = call.Arguments.Select(argument => BindExpression(argument, inner)).ToList();
            return call.Name.ToLowerInvariant() switch
            {
                "collect" => StaticType.ListOf(argumentTypes[0]),
                "min" or "max" => argumentTypes[0],
                _ => FunctionRules.ResultType(call.Name),
            };
        }

        if (env.Aggregation == AggregationMode.InsideAggregate && FunctionRules.IsNonDeterministic(call.Name))
        {
            throw BinderErrors.NonConstantInAggregate(call.Name, call.Position);
        }

        FunctionLookup.Check(call);
        var types = call.Arguments.Select(argument => BindExpression(argument, env)).ToList();
        if (types.Count > 0 && FunctionRules.RejectFirstArgument(call.Name, types[0]) is { } expected)
        {
            throw BinderErrors.TypeMismatch(expected, types[0], call.Arguments[0].Position);
        }

        return FunctionRules.ResultType(call.Name);
    }

    /// <summary>
    /// A CALL of a registered procedure. Standalone calls may pass arguments implicitly (from parameters of
    /// the same names) and return every output; in a query, arguments are explicit and YIELD names outputs.
    /// </summary>
    private IReadOnlyList<Column> BindProcedureCall(CallProcedureClause call, BindingScope scope, bool standalone)
    {
        var procedure = procedures.Find(call.QualifiedName)
            ?? throw BinderErrors.ProcedureNotFound(call.QualifiedName, call.Position);
        _writes |= procedure.Writes;

        if (call.Arguments is null)
        {
            if (!standalone && procedure.Inputs.Count > 0)
            {
                throw BinderErrors.InvalidArgumentPassingMode(call.QualifiedName, call.Position);
            }

            foreach (var input in procedure.Inputs)
            {
                _parameters.Add(input.Name);
            }
        }
        else
        {
            BindProcedureArguments(call, procedure, scope);
        }

        var outputs = procedure.Outputs.Select(o => new Column(o.Name, ProcedureType(o.Type))).ToList();
        if (call.YieldAll)
        {
            DeclareYields(outputs.Select(o => (o, call.Position)), scope);
            return outputs;
        }

        if (call.YieldItems is not { } items)
        {
            return standalone ? outputs : [];
        }

        var yielded = new List<(Column Column, SourcePosition At)>();
        foreach (var item in items)
        {
            var output = outputs.FirstOrDefault(o => o.Name == item.Field)
                ?? throw BinderErrors.UnknownProcedureOutput(item.Field, item.Position);
            yielded.Add((output with { Name = item.Variable }, item.Position));
        }

        DeclareYields(yielded, scope);
        if (call.Where is not null)
        {
            BindPredicate(call.Where, new ExpressionEnv(scope));
        }

        return yielded.Select(y => y.Column).ToList();
    }

    private void BindProcedureArguments(CallProcedureClause call, ProcedureDefinition procedure, BindingScope scope)
    {
        var arguments = call.Arguments!;
        if (arguments.Count != procedure.Inputs.Count)
        {
            throw BinderErrors.InvalidNumberOfArguments($"procedure {procedure.Name}", procedure.Inputs.Count, arguments.Count, call.Position);
        }

        var env = new ExpressionEnv(scope);
        for (var i = 0; i < arguments.Count; i++)
        {
            var actual = BindExpression(arguments[i], env);
            var expected = ProcedureType(procedure.Inputs[i].Type);
            if (!Accepts(expected, actual))
            {
                throw BinderErrors.TypeMismatch(procedure.Inputs[i].Type.TrimEnd('?'), actual, arguments[i].Position);
            }
        }
    }

    private static void DeclareYields(IEnumerable<(Column Column, SourcePosition At)> yields, BindingScope scope)
    {
        foreach (var (column, at) in yields)
        {
            if (scope.Contains(column.Name))
            {
                throw BinderErrors.VariableAlreadyBound(column.Name, at);
            }

            scope.Set(column.Name, column.Type);
        }
    }

    /// <summary>Maps a signature type such as <c>INTEGER?</c> or <c>LIST? OF STRING?</c>; NUMBER, ANY and the rest stay open.</summary>
    private static StaticType ProcedureType(string signature)
    {
        var name = signature.Trim().TrimEnd('?').ToUpperInvariant();
        if (name.StartsWith("LIST", StringComparison.Ordinal))
        {
            return StaticType.AnyList;
        }

        return name switch
        {
            "INTEGER" => StaticType.Integer,
            "FLOAT" => StaticType.Float,
            "STRING" => StaticType.String,
            "BOOLEAN" => StaticType.Boolean,
            "MAP" => StaticType.Map,
            "NODE" => StaticType.Node,
            "RELATIONSHIP" => StaticType.Relationship,
            "PATH" => StaticType.Path,
            _ => StaticType.Any,
        };
    }

    /// <summary>Integers widen to FLOAT.</summary>
    private static bool Accepts(StaticType expected, StaticType actual) =>
        !expected.IsKnown
        || !actual.IsKnown
        || expected.Kind == actual.Kind
        || (expected.Kind == TypeKind.Float && actual.Kind == TypeKind.Integer);
}
