using System.Reflection;
using System.Text.RegularExpressions;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Tck.Running;

/// <summary>An error step: <c>a TypeError should be raised at runtime: InvalidArgumentType</c>.</summary>
internal sealed partial record ExpectedError(string Type, string Phase, string Detail)
{
    private static readonly Dictionary<string, string> CodesByConstantName = typeof(StatusCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

    public static ExpectedError? TryParse(string stepText)
    {
        var match = StepPattern().Match(stepText);
        return match.Success
            ? new ExpectedError(match.Groups["type"].Value, match.Groups["phase"].Value, match.Groups["detail"].Value.Trim())
            : null;
    }

    /// <summary>The TCK type an engine error reports: the last segment of its Neo4j status code.</summary>
    public static string TypeOf(CypherException ex) => ex.Code.Split('.')[^1];

    /// <summary>
    /// Whether the error's code stands for the expected type: its last segment, its category
    /// (<c>Neo.ClientError.Procedure.*</c> is a ProcedureError), or a StatusCodes constant named after the type or
    /// the detail. The last covers Neo4j's names differing from the TCK's: Neo4j reports deleting a connected node
    /// (TCK: ConstraintVerificationFailed/DeleteConnectedNode) as <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>,
    /// which StatusCodes names DeleteConnectedNode.
    /// </summary>
    public bool TypeMatches(CypherException ex)
    {
        if (Type == "Error")
        {
            return true;
        }

        var segments = ex.Code.Split('.');
        return segments[^1] == Type
            || (segments.Length > 2 && segments[2] + "Error" == Type)
            || (CodesByConstantName.TryGetValue(Type, out var code) && code == ex.Code)
            || (CodesByConstantName.TryGetValue(Detail, out var detailCode) && detailCode == ex.Code);
    }

    public bool DetailMatches(CypherException ex) => Detail == "*" || string.Equals(Detail, ex.Detail, StringComparison.Ordinal);

    public override string ToString() => Type + "/" + Detail;

    [GeneratedRegex(@"^an? (?<type>\w+) should be raised at (?<phase>[\w ]+?): ?(?<detail>.*)$")]
    private static partial Regex StepPattern();
}
