using System.Globalization;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Tests.Scenarios;

/// <summary>Prints result values in the scenario notation, with map keys sorted so output is stable.</summary>
public static class ValuePrinter
{
    public static string Print(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => PrintDouble(d),
        string s => "'" + s + "'",
        Node n => "(" + string.Concat(n.Labels.Order(StringComparer.Ordinal).Select(l => ":" + l)) + Props(n.Properties, n.Labels.Count > 0) + ")",
        Relationship r => "[:" + r.Type + Props(r.Properties, true) + "]",
        GraphPath p => "<path of " + p.Length.ToString(CultureInfo.InvariantCulture) + " rels>",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ": " + Print(kv.Value))) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Print)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string PrintDouble(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal) || text == "NaN" ? text : text + ".0";
    }

    private static string Props(IReadOnlyDictionary<string, object?> properties, bool space) =>
        properties.Count == 0 ? "" : (space ? " " : "") + Print(properties);
}
