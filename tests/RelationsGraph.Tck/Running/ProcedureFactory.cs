using System.Text.RegularExpressions;
using RelationsGraph.Cypher.Procedures;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Running;

/// <summary>
/// Builds a procedure from a TCK step <c>there exists a procedure name(in :: T) :: (out :: T):</c> and its table,
/// which maps inputs to output rows. A call whose arguments match no row yields no rows.
/// </summary>
internal static partial class ProcedureFactory
{
    public static ProcedureDefinition Create(string signature, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        var match = SignaturePattern().Match(signature.Trim().TrimEnd(':').Trim());
        if (!match.Success)
        {
            throw new FormatException("cannot read procedure signature: " + signature);
        }

        var inputs = ParseFields(match.Groups["in"].Value);
        var outputs = ParseFields(match.Groups["out"].Value);
        var rows = table ?? [];
        var header = rows.Count > 0 ? rows[0] : [];
        if (header.Count != inputs.Count + outputs.Count)
        {
            throw new FormatException($"procedure table has {header.Count} columns, the signature has {inputs.Count} inputs and {outputs.Count} outputs");
        }

        var data = rows.Skip(1)
            .Select(r => r.Select(ValueNotationParser.Parse).ToList())
            .ToList();
        var isVoid = outputs.Count == 0;

        IEnumerable<IReadOnlyList<object?>> Invoke(IReadOnlyList<object?> args)
        {
            if (isVoid)
            {
                // A void procedure passes each incoming row through once.
                return [Array.Empty<object?>()];
            }

            var actual = args.Select((a, i) => Coerce(ResultValueConverter.Convert(a), i < inputs.Count ? inputs[i].Type : "ANY?")).ToList();
            return data
                .Where(row => actual.Count == inputs.Count
                    && actual.Select((a, i) => TckValueComparer.AreEqual(row[i], a, ignoreListOrder: false)).All(ok => ok))
                .Select(row => (IReadOnlyList<object?>)row.Skip(inputs.Count).Select(EngineValueConverter.ToEngineValue).ToList())
                .ToList();
        }

        return new ProcedureDefinition(match.Groups["name"].Value, inputs, outputs, Invoke);
    }

    // An INTEGER argument to a FLOAT parameter is widened, as a Cypher procedure call does.
    private static TckValue Coerce(TckValue value, string type) =>
        value is TckInteger i && type.TrimEnd('?').Equals("FLOAT", StringComparison.OrdinalIgnoreCase) ? new TckFloat(i.Value) : value;

    private static List<ProcedureField> ParseFields(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(field =>
            {
                var parts = field.Split("::", 2, StringSplitOptions.TrimEntries);
                return parts.Length == 2
                    ? new ProcedureField(parts[0], parts[1])
                    : throw new FormatException("procedure field without a type: " + field);
            })
            .ToList();

    [GeneratedRegex(@"^(?<name>[\w.]+)\s*\((?<in>[^)]*)\)\s*::\s*\((?<out>[^)]*)\)$")]
    private static partial Regex SignaturePattern();
}
