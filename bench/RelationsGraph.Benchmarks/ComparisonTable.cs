using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace RelationsGraph.Benchmarks;

/// <summary>Our figures beside the peers' result files from the same run, and the correctness oracle.</summary>
internal static class ComparisonTable
{
    private static readonly string[] Queries = ["a_point_lookup", "b_1hop_all_ties", "b_hub_1hop", "c_2hop_cap500", "d_shortest_path", "e_count_by_type"];
    private static readonly string[] Peers = ["kuzu", "sqlite", "sqlite-cov"];

    public static string Render(int n, JsonObject ours)
    {
        var peers = Peers.ToDictionary(p => p, p => Read($"bench-work/results/{p}-n{n}.json"));
        var sb = new StringBuilder();
        sb.Append("| query (median / p95 ms) | RelationsGraph |");
        foreach (var p in Peers)
        {
            sb.Append(' ').Append(p).Append(peers[p] is null ? " (not run)" : "").Append(" |");
        }

        sb.AppendLine().Append("|---|---|").Append(string.Concat(Peers.Select(_ => "---|"))).AppendLine();
        foreach (var q in Queries)
        {
            sb.Append("| ").Append(q).Append(" | ").Append(Cell(ours["queries"]?[q])).Append(" |");
            foreach (var p in Peers)
            {
                var peerQuery = q == "d_shortest_path" && p.StartsWith("sqlite", StringComparison.Ordinal) ? "d_shortest_path_app_bfs" : q;
                sb.Append(' ').Append(Cell(peers[p]?["queries"]?[peerQuery])).Append(" |");
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        sb.AppendLine(FormattableString.Invariant($"load {ours["load_ms"]?["total"]} ms; reopen from SQLite {ours["reopen_ms"]} ms; graph heap {ours["graph_heap_mb"]} MB; working set after reopen {ours["working_set_after_reopen_mb"]} MB; peak working set {ours["rss_mb"]} MB"));
        sb.AppendLine(Oracle(n, ours));
        return sb.ToString();
    }

    private static string Oracle(int n, JsonObject ours)
    {
        var expected = n switch
        {
            10_000 => (B: 18.376, Hub: 2610.0, C: 465.25, D: "{2: 26, 3: 160, 4: 14}", E: new long[] { 29803, 20224, 11800, 9986, 8128, 7907, 7103, 5049 }),
            100_000 => (B: 18.398, Hub: 12273.0, C: 472.38, D: "{2: 13, 3: 135, 4: 52}", E: new long[] { 300183, 200584, 119135, 100096, 80080, 79878, 70242, 49802 }),
            _ => default,
        };
        if (expected.E is null)
        {
            return "oracle: no reference figures for this N";
        }

        var q = ours["queries"]!;
        var d = q["d_shortest_path"]?["hops_histogram"]?.AsObject();
        var dText = d is null ? "?" : "{" + string.Join(", ", d.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
        var eRows = q["e_count_by_type"]?["rows"]?.AsArray().Select(r => long.Parse(r![1]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToArray() ?? [];
        var checks = new List<(string Name, bool Ok, string Got, string Want)>
        {
            ("b avg rows", Near(q["b_1hop_all_ties"]?["avg_rows"], expected.B), Str(q["b_1hop_all_ties"]?["avg_rows"]), expected.B.ToString(CultureInfo.InvariantCulture)),
            ("b-hub rows", Near(q["b_hub_1hop"]?["avg_rows"], expected.Hub), Str(q["b_hub_1hop"]?["avg_rows"]), expected.Hub.ToString(CultureInfo.InvariantCulture)),
            ("c avg rows", Near(q["c_2hop_cap500"]?["avg_rows"], expected.C), Str(q["c_2hop_cap500"]?["avg_rows"]), expected.C.ToString(CultureInfo.InvariantCulture)),
            ("d histogram", dText == expected.D, dText, expected.D),
            ("e counts", eRows.SequenceEqual(expected.E), string.Join("/", eRows), string.Join("/", expected.E)),
        };
        var sb = new StringBuilder("oracle: ");
        sb.AppendJoin("; ", checks.Select(c => $"{c.Name} {(c.Ok ? "OK" : "MISMATCH")} ({c.Got}{(c.Ok ? "" : ", want " + c.Want)})"));
        return sb.ToString();
    }

    private static bool Near(JsonNode? node, double want) => node is not null && Math.Abs(node.GetValue<double>() - want) < 0.01;

    private static string Str(JsonNode? node) => node?.ToJsonString() ?? "?";

    private static string Cell(JsonNode? q) => q is null ? "–" : $"{q["median_ms"]} / {q["p95_ms"]}";

    private static JsonNode? Read(string path) => File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
}
