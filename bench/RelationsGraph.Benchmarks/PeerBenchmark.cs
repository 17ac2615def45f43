using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Benchmarks;

/// <summary>Loads the generated graph, reopens it from SQLite, times queries a–e and checks the oracle.</summary>
internal sealed class PeerBenchmark(int n, string dataRoot, string dbRoot, TimeSpan budget, bool reuse)
{
    private const int MaxDepth = 6;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public int Run()
    {
        var dir = Path.Combine(dataRoot, "n" + n.ToString(Inv));
        var queries = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "queries.json")))!;
        Directory.CreateDirectory(dbRoot);
        var dbPath = Path.Combine(dbRoot, $"relationsgraph-n{n}.db");
        var output = new JsonObject { ["engine"] = "relationsgraph", ["n"] = n, ["host"] = $"{Environment.ProcessorCount} cores", ["loaded_in_this_run"] = !reuse };
        if (reuse)
        {
            if (!File.Exists(dbPath))
            {
                Console.Error.WriteLine($"--reuse: {dbPath} does not exist; run once without --reuse first.");
                return 2;
            }
        }
        else
        {
            Load(dir, dbPath, output);
        }

        output["disk_bytes"] = new[] { "", "-wal" }.Sum(s => File.Exists(dbPath + s) ? new FileInfo(dbPath + s).Length : 0);

        if (Environment.GetEnvironmentVariable("BENCH_READ_ONLY_PROBE") == "1")
        {
            // Separates the SQLite scan and decoding from building the in-memory graph.
            var probeCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var probe = Stopwatch.StartNew();
            using (var p = new SqliteGraphPersistence(dbPath))
            {
                p.Load(new CountingSink());
            }

            Console.Error.WriteLine($"sqlite scan + decode only: {probe.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - probeCpu).TotalMilliseconds:F0} ms CPU");
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var gen0Before = GC.CollectionCount(0);
        var gen1Before = GC.CollectionCount(1);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var reopen = Stopwatch.StartNew();
        using var store = new SqliteGraphPersistence(dbPath);
        using var db = new CypherEngine(new CypherEngineOptions { DefaultTimeout = TimeSpan.FromMinutes(5) }, store);
        output["reopen_ms"] = Round(reopen.Elapsed.TotalMilliseconds);
        output["reopen_cpu_ms"] = Round((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
        output["reopen_gc_pause_ms"] = Round((GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
        output["reopen_gen2_collections"] = GC.CollectionCount(2) - gen2Before;
        output["reopen_gen0_gen1_collections"] = $"{GC.CollectionCount(0) - gen0Before}/{GC.CollectionCount(1) - gen1Before}";
        output["reopen_allocated_mb"] = Math.Round((GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        output["graph_heap_mb"] = Math.Round((GC.GetTotalMemory(true) - before) / 1048576.0);
        output["working_set_after_reopen_mb"] = Math.Round(Process.GetCurrentProcess().WorkingSet64 / 1048576.0);
        output["counts"] = new JsonObject
        {
            ["actors"] = Scalar(db, "MATCH (a:Actor) RETURN count(*) AS c"),
            ["ties"] = Scalar(db, "MATCH ()-[t:TIE]->() RETURN count(*) AS c"),
        };

        var results = new JsonObject();
        output["queries"] = results;
        var lookup = Ids(queries["lookup"]!);
        var hop1 = Ids(queries["hop1"]!);
        var hop2 = Ids(queries["hop2"]!);
        var hub = queries["hub"]!.GetValue<string>();
        var pairs = queries["sp"]!.AsArray().Select(p => (Src: p![0]!.GetValue<string>(), Dst: p[1]!.GetValue<string>())).ToList();

        // BENCH_ONLY=e (letters a-e) runs only those queries: for profiling one of them.
        var only = Environment.GetEnvironmentVariable("BENCH_ONLY");
        bool Wanted(string name) => string.IsNullOrEmpty(only) || only.Contains(name[0], StringComparison.Ordinal);
        if (Wanted("a"))
        {
            results["a_point_lookup"] = Time(db, "MATCH (a:Actor) WHERE a.id = $id RETURN a.id, a.name, a.kind", lookup.Select(Id).ToList());
        }

        const string oneHop = "MATCH (a:Actor)-[t:TIE]-(b:Actor) WHERE a.id = $id RETURN b.id, b.name, b.kind, t.type, t.since, t.status";
        if (Wanted("b"))
        {
            results["b_1hop_all_ties"] = Time(db, oneHop, hop1.Select(Id).ToList());
            results["b_hub_1hop"] = Time(db, oneHop, Enumerable.Repeat(Id(hub), 50).ToList());
        }

        if (Wanted("c"))
        {
            results["c_2hop_cap500"] = Time(db, "MATCH (a:Actor)-[:TIE*1..2]-(b:Actor) WHERE a.id = $id AND b.id <> $id RETURN DISTINCT b.id, b.name LIMIT 500", hop2.Select(Id).ToList());
        }

        if (Wanted("d"))
        {
            results["d_shortest_path"] = Time(
            db,
            $"MATCH p = shortestPath((a:Actor)-[:TIE*1..{MaxDepth}]-(b:Actor)) WHERE a.id = $src AND b.id = $dst RETURN length(p) AS hops",
            pairs.Select(p => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["src"] = p.Src, ["dst"] = p.Dst }).ToList(),
            histogram: true);
        }

        if (Wanted("e"))
        {
            results["e_count_by_type"] = Time(db, "MATCH ()-[t:TIE]->() RETURN t.type AS type, count(*) AS c ORDER BY c DESC", Enumerable.Repeat<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?>(), 30).ToList(), keepRows: true);
        }

        output["rss_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0);
        Directory.CreateDirectory("bench-work/results");
        var resultPath = $"bench-work/results/relationsgraph-n{n}.json";
        File.WriteAllText(resultPath, output.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(output.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine();
        Console.WriteLine(ComparisonTable.Render(n, output));
        return 0;
    }

    private static void Load(string dir, string dbPath, JsonObject output)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(dbPath + suffix);
        }

        // Load through Cypher, in batches, exactly as an import would.
        var pauseBefore = GC.GetTotalPauseDuration();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var load = Stopwatch.StartNew();
        using (var persistence = new SqliteGraphPersistence(dbPath))
        using (var engine = new CypherEngine(new CypherEngineOptions { DefaultTimeout = TimeSpan.FromMinutes(10) }, persistence))
        {
            engine.Execute(new QueryRequest("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE", Mode: AccessMode.Write));
            var actors = Stopwatch.StartNew();
            foreach (var batch in Batches(ReadCsv(Path.Combine(dir, "actors.csv")), 10_000))
            {
                engine.Execute(new QueryRequest(
                    "UNWIND $rows AS r CREATE (:Actor {id: r[0], name: r[1], kind: r[2]})",
                    new Dictionary<string, object?> { ["rows"] = batch },
                    AccessMode.Write));
            }

            var actorsMs = actors.Elapsed.TotalMilliseconds;
            var ties = Stopwatch.StartNew();
            foreach (var batch in Batches(ReadCsv(Path.Combine(dir, "ties.csv")), 20_000))
            {
                engine.Execute(new QueryRequest(
                    "UNWIND $rows AS r MATCH (a:Actor {id: r[0]}) MATCH (b:Actor {id: r[1]}) CREATE (a)-[:TIE {type: r[2], since: date(r[3]), status: r[4]}]->(b)",
                    new Dictionary<string, object?> { ["rows"] = batch },
                    AccessMode.Write));
            }

            output["load_ms"] = new JsonObject { ["actors"] = Round(actorsMs), ["ties"] = Round(ties.Elapsed.TotalMilliseconds), ["total"] = Round(load.Elapsed.TotalMilliseconds) };
            output["load_cpu_ms"] = Round((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            output["load_gc_pause_ms"] = Round((GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
            output["load_allocated_mb"] = Math.Round((GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0);
            output["load_gen0_gen1_gen2_collections"] = $"{GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}";
        }
    }

    private static IReadOnlyDictionary<string, object?> Id(string id) => new Dictionary<string, object?> { ["id"] = id };

    private static List<string> Ids(JsonNode node) => node.AsArray().Select(x => x!.GetValue<string>()).ToList();

    private static double Round(double ms) => Math.Round(ms, 3);

    private static long Scalar(CypherEngine db, string query) => (long)db.Execute(new QueryRequest(query)).Rows[0][0]!;

    private JsonObject Time(CypherEngine db, string cypher, IReadOnlyList<IReadOnlyDictionary<string, object?>> parameters, bool histogram = false, bool keepRows = false)
    {
        var warm = Math.Max(3, parameters.Count / 10);
        for (var i = 0; i < warm; i++)
        {
            db.Execute(new QueryRequest(cypher, parameters[i % parameters.Count]));
        }

        var times = new List<double>();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        long rows = 0;
        var hops = new SortedDictionary<string, int>(StringComparer.Ordinal);
        QueryResult? last = null;
        var start = Stopwatch.StartNew();
        foreach (var p in parameters)
        {
            var s = Stopwatch.GetTimestamp();
            last = db.Execute(new QueryRequest(cypher, p));
            times.Add(Stopwatch.GetElapsedTime(s).TotalMilliseconds);
            rows += last.Rows.Count;
            if (histogram)
            {
                var key = last.Rows.Count > 0 ? Convert.ToString(last.Rows[0][0], Inv)! : "none";
                hops[key] = hops.GetValueOrDefault(key) + 1;
            }

            if (start.Elapsed > budget)
            {
                break;
            }
        }

        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds / times.Count;
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        var result = new JsonObject
        {
            ["cypher"] = cypher,
            ["runs"] = times.Count,
            ["median_ms"] = Round(At(0.5)),
            ["p95_ms"] = Round(At(0.95)),
            ["mean_ms"] = Round(times.Average()),
            ["avg_rows"] = Round((double)rows / times.Count),
            ["cpu_ms_per_run"] = Round(cpuPerRun),
        };
        if (histogram)
        {
            result["hops_histogram"] = new JsonObject(hops.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
        }

        if (keepRows && last is not null)
        {
            result["rows"] = new JsonArray(last.Rows.Select(r => (JsonNode?)new JsonArray(r.Select(v => JsonValue.Create(Convert.ToString(v, Inv))).ToArray<JsonNode?>())).ToArray());
        }

        Console.Error.WriteLine($"{cypher[..Math.Min(40, cypher.Length)],-40} runs={times.Count,4} median={At(0.5):F3} ms p95={At(0.95):F3} ms cpu/run={cpuPerRun:F3} ms rows/run={(double)rows / times.Count:F3}");
        return result;
    }

    private static IEnumerable<string[]> ReadCsv(string path)
    {
        // The generator writes plain CSV: no quotes, no embedded commas.
        using var reader = new StreamReader(path);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            yield return line.Split(',');
        }
    }

    private static IEnumerable<List<object?>> Batches(IEnumerable<string[]> rows, int size)
    {
        var batch = new List<object?>(size);
        foreach (var row in rows)
        {
            batch.Add(row.Cast<object?>().ToList());
            if (batch.Count == size)
            {
                yield return batch;
                batch = new List<object?>(size);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private sealed class CountingSink : RelationsGraph.Cypher.Persistence.IGraphLoadSink
    {
        public long Items { get; private set; }

        public void AddSchemaRule(RelationsGraph.Cypher.Persistence.SchemaRule rule) => Items++;

        public void AddNode(long id, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties) => Items++;

        public void AddRelationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyList<KeyValuePair<string, object?>> properties) => Items++;
    }
}
