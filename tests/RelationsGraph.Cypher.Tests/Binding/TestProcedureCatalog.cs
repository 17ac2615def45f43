using System.Text.RegularExpressions;
using RelationsGraph.Cypher.Binding;
using RelationsGraph.Cypher.Procedures;

namespace RelationsGraph.Cypher.Tests.Binding;

/// <summary>A procedure catalog built from signatures written as the TCK writes them, e.g. <c>test.my.proc(in :: INTEGER?) :: (out :: STRING?)</c>.</summary>
internal sealed partial class TestProcedureCatalog : IProcedureCatalog
{
    private readonly Dictionary<string, ProcedureDefinition> _procedures = new(StringComparer.Ordinal);

    public TestProcedureCatalog(IEnumerable<string> signatures)
    {
        foreach (var signature in signatures)
        {
            var procedure = ParseSignature(signature);
            _procedures[procedure.Name] = procedure;
        }
    }

    public static TestProcedureCatalog Empty { get; } = new([]);

    public ProcedureDefinition? Find(string qualifiedName) => _procedures.GetValueOrDefault(qualifiedName);

    public static ProcedureDefinition ParseSignature(string signature)
    {
        var match = SignaturePattern().Match(signature.Trim());
        if (!match.Success)
        {
            throw new FormatException($"Not a procedure signature: {signature}");
        }

        return new ProcedureDefinition(
            match.Groups["name"].Value,
            ParseFields(match.Groups["inputs"].Value),
            ParseFields(match.Groups["outputs"].Value),
            _ => []);
    }

    private static List<ProcedureField> ParseFields(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(field => field.Split("::", StringSplitOptions.TrimEntries))
            .Select(parts => new ProcedureField(parts[0], parts[1]))
            .ToList();

    [GeneratedRegex(@"^(?<name>[\w.]+)\((?<inputs>[^)]*)\)\s*::\s*\((?<outputs>[^)]*)\)\s*:?$")]
    private static partial Regex SignaturePattern();
}
