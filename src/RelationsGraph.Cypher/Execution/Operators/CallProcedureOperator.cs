using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Procedures;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>
/// <c>CALL ns.proc(args) YIELD ...</c>. Arguments are checked against the signature (INTEGER is accepted
/// and widened where FLOAT is declared); implicit arguments come from parameters of the same names.
/// </summary>
/// <remarks>Bindings are output field and variable pairs (all outputs for a standalone call without YIELD).</remarks>
internal sealed class CallProcedureOperator(
    string name,
    IReadOnlyList<Expression>? arguments,
    IReadOnlyList<(string Field, string Variable)> bindings,
    Expression? where) : Operator
{
    public override IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        var procedure = ctx.Procedures.Find(name) ?? throw EngineErrors.ProcedureNotFound(name);
        var input2 = procedure.Writes ? input.ToList() : input;
        foreach (var row in input2)
        {
            ctx.CheckDeadline();
            var args = Arguments(procedure, row, ctx);
            List<IReadOnlyList<object?>> results;
            try
            {
                results = procedure.Invoke(args).ToList();
            }
            catch (CypherException)
            {
                throw;
            }
            catch (Exception ex)
            {
                throw EngineErrors.ProcedureFailed(name, ex);
            }

            if (procedure.Outputs.Count == 0)
            {
                yield return row;
                continue;
            }

            foreach (var result in results)
            {
                var output = row;
                foreach (var (field, variable) in bindings)
                {
                    var index = IndexOf(procedure, field);
                    var value = index >= 0 && index < result.Count ? Normalize(result[index]) : null;
                    output = output.Bind(variable, value);
                }

                if (where is null || ctx.Evaluate(where, output) is true)
                {
                    yield return output;
                }
            }
        }
    }

    private static int IndexOf(ProcedureDefinition procedure, string field)
    {
        for (var i = 0; i < procedure.Outputs.Count; i++)
        {
            if (string.Equals(procedure.Outputs[i].Name, field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private object?[] Arguments(ProcedureDefinition procedure, Row row, QueryContext ctx)
    {
        object?[] values;
        if (arguments is null)
        {
            values = new object?[procedure.Inputs.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var input = procedure.Inputs[i].Name;
                values[i] = ctx.Parameters.TryGetValue(input, out var v) ? v : throw EngineErrors.MissingParameter(input);
            }
        }
        else
        {
            if (arguments.Count != procedure.Inputs.Count)
            {
                throw EngineErrors.ProcedureArgumentCount(name, procedure.Inputs.Count, arguments.Count);
            }

            values = arguments.Select(a => ctx.Evaluate(a, row)).ToArray();
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Coerce(procedure.Inputs[i], values[i]);
        }

        return values;
    }

    private object? Coerce(ProcedureField field, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var type = field.Type.TrimEnd('?').Trim().ToUpperInvariant();
        var ok = type switch
        {
            "INTEGER" or "INT" => value is long,
            "FLOAT" => value is double or long,
            "NUMBER" => value is double or long,
            "STRING" => value is string,
            "BOOLEAN" => value is bool,
            "MAP" => value is IReadOnlyDictionary<string, object?>,
            "NODE" => value is Graph.NodeEntity,
            "RELATIONSHIP" => value is Graph.RelationshipEntity,
            "PATH" => value is Values.PathValue,
            _ when type.StartsWith("LIST", StringComparison.Ordinal) => value is IReadOnlyList<object?>,
            _ => true,
        };
        if (!ok)
        {
            throw new CypherException(
                StatusCodes.SyntaxError,
                $"Type mismatch for argument '{field.Name}' of {name}: expected {field.Type} but was {EngineErrors.TypeName(value)}.",
                detail: "InvalidArgumentType");
        }

        return type == "FLOAT" && value is long l ? (double)l : value;
    }

    private static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        float f => (double)f,
        _ => value,
    };
}
