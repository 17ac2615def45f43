using System.Globalization;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Web.Tests.Export;

/// <summary>
/// A store's domain graph as sorted lines of text, every value with its type ("date 2024-06-01", "float 1.5"),
/// so two stores compare exactly: same actors, ties (type and ends), sources and evidence (with links), tie history
/// entries, same properties, same value types.
/// </summary>
public static class GraphDump
{
    public static async Task<Dictionary<string, List<string>>> ReadAsync(Func<string, Task<QueryResult>> run)
    {
        async Task<List<string>> Lines(string query) =>
            (await run(query)).Rows.Select(r => string.Join(" | ", r.Select(Show))).Order(StringComparer.Ordinal).ToList();

        return new Dictionary<string, List<string>>
        {
            ["actors"] = await Lines("MATCH (a:Actor) RETURN a.id, properties(a)"),
            ["ties"] = await Lines("MATCH (s:Actor)-[r]->(t:Actor) RETURN type(r), r.id, s.id, t.id, properties(r)"),
            ["sources"] = await Lines("MATCH (s:Source) RETURN s.id, properties(s)"),
            ["evidence"] = await Lines("MATCH (e:Evidence) OPTIONAL MATCH (e)-[:CITES]->(s:Source) OPTIONAL MATCH (e)-[:BY]->(b:Actor) RETURN e.id, properties(e), s.id, b.id"),
            ["history"] = await Lines("MATCH (h:TieChange) RETURN properties(h)"),
        };
    }

    public static Task<Dictionary<string, List<string>>> ReadAsync(IGraphBackend backend) =>
        ReadAsync(query => backend.RunAsync(new QueryRequest(query, MaxRows: 1_000_000)));

    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"str {s}",
        bool b => $"bool {b}",
        long l => $"int {l.ToString(CultureInfo.InvariantCulture)}",
        double d => $"float {d.ToString("R", CultureInfo.InvariantCulture)}",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Show(p.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
        IFormattable f => $"{value.GetType().Name} {f.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name} {value}",
    };

    /// <summary>Fails listing the lines one side has and the other lacks, per part.</summary>
    public static void ShouldMatch(this Dictionary<string, List<string>> actual, Dictionary<string, List<string>> expected, params string[] parts)
    {
        foreach (var part in parts.Length == 0 ? expected.Keys.ToArray() : parts)
        {
            var missing = expected[part].Except(actual[part]).ToList();
            var extra = actual[part].Except(expected[part]).ToList();
            (missing.Count + extra.Count).ShouldBe(0, $"{part}: missing {string.Join("\n  ", missing.Take(5))}\n extra {string.Join("\n  ", extra.Take(5))}");
            actual[part].Count.ShouldBe(expected[part].Count, part);
        }
    }
}
