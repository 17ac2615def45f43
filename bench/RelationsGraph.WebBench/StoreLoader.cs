using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.WebBench;

/// <summary>
/// Builds an embedded-store SQLite file in the app's model from the generator's CSV files: the app's schema
/// (cypher/schema), <c>:Actor {id, name, kind}</c> with registry kinds, and registry-typed ties with status, phase,
/// dates and confidence, all written through the engine in UNWIND batches. It also writes the seed marker the app
/// looks for, with a version naming this data set, so the app starts on the file without adding its seed.
/// </summary>
internal sealed class StoreLoader(string dataDir, string dbPath, string repoRoot)
{
    private const int ActorBatch = 10_000;
    private const int TieBatch = 20_000;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public int Run()
    {
        CheckMappingAgainstRegistry();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(dbPath + suffix);
        }

        var total = Stopwatch.StartNew();
        using var persistence = new SqliteGraphPersistence(dbPath);
        using var engine = new CypherEngine(new CypherEngineOptions { DefaultTimeout = TimeSpan.FromMinutes(10) }, persistence);

        foreach (var file in Directory.GetFiles(Path.Combine(repoRoot, "cypher", "schema"), "*.cypher").Order(StringComparer.Ordinal))
        {
            foreach (var statement in CypherScript.Split(File.ReadAllText(file)))
            {
                Write(engine, statement, []);
            }
        }

        var actors = 0;
        var sw = Stopwatch.StartNew();
        foreach (var batch in Batches(ReadCsv(Path.Combine(dataDir, "actors.csv")), ActorBatch))
        {
            var rows = batch.Select(r => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = r.Fields[0],
                ["name"] = r.Fields[1],
                ["kind"] = BenchMapping.ActorKinds[r.Fields[2]],
            }).ToList();
            Write(engine, "UNWIND $rows AS r CREATE (:Actor {id: r.id, name: r.name, kind: r.kind})", new() { ["rows"] = rows });
            actors += rows.Count;
        }

        Console.Error.WriteLine($"actors: {actors} in {sw.Elapsed.TotalSeconds:F1} s");
        sw.Restart();
        var ties = 0;
        foreach (var batch in Batches(ReadCsv(Path.Combine(dataDir, "ties.csv")), TieBatch))
        {
            // A relationship type cannot be a parameter, so each batch is split by type; the type comes from
            // the mapping table, checked against the registry above, never from the file.
            foreach (var group in batch.GroupBy(r => BenchMapping.TieTypes[r.Fields[2]], StringComparer.Ordinal))
            {
                var rows = group.Select(TieRow).ToList();
                Write(engine, $$"""
                    UNWIND $rows AS r
                    MATCH (s:Actor {id: r.src})
                    MATCH (t:Actor {id: r.dst})
                    CREATE (s)-[:{{group.Key}} {
                      id: r.id, status: r.status, phase: r.phase,
                      validFrom: date(r.from), validFromPrecision: 'day',
                      validTo: CASE WHEN r.to IS NULL THEN null ELSE date(r.to) END,
                      validToPrecision: CASE WHEN r.to IS NULL THEN null ELSE 'day' END,
                      reportedOn: date(r.from), reportedOnPrecision: 'day', recordedAt: date($recordedAt),
                      confidence: r.confidence, summary: r.summary, benchType: r.benchType}]->(t)
                    """, new() { ["rows"] = rows, ["recordedAt"] = "2026-01-01" });
                ties += rows.Count;
            }

            Console.Error.Write($"\rties: {ties}");
        }

        Console.Error.WriteLine($"\rties: {ties} in {sw.Elapsed.TotalSeconds:F1} s");
        var version = "bench-" + Path.GetFileName(Path.GetFullPath(dataDir).TrimEnd(Path.DirectorySeparatorChar));
        Write(engine, "MERGE (m:Meta {id: 'seed'}) SET m.version = $version, m.files = $files", new() { ["version"] = version, ["files"] = new List<object?>() });
        var counts = engine.Execute(new QueryRequest("MATCH (a:Actor) WITH count(a) AS actors MATCH ()-[r]->() RETURN actors, count(r) AS ties"));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            db = Path.GetFullPath(dbPath),
            seedMarker = version,
            actors = counts.Rows[0][0],
            ties = counts.Rows[0][1],
            loadSeconds = Math.Round(total.Elapsed.TotalSeconds, 1),
            dbBytes = new FileInfo(dbPath).Length + (File.Exists(dbPath + "-wal") ? new FileInfo(dbPath + "-wal").Length : 0),
        }));
        return 0;
    }

    private static Dictionary<string, object?> TieRow((long Line, string[] Fields) row)
    {
        var (line, f) = row;
        var (status, phase, ended) = BenchMapping.Status(f[4]);
        var from = DateOnly.ParseExact(f[3], "yyyy-MM-dd", Inv);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = "T" + line.ToString("D7", Inv),
            ["src"] = f[0],
            ["dst"] = f[1],
            ["status"] = status,
            ["phase"] = phase,
            ["from"] = f[3],
            ["to"] = ended ? from.AddDays(30 + (int)(line * 7919 % 3000)).ToString("yyyy-MM-dd", Inv) : null,
            ["confidence"] = 40L + (line * 37 % 60),
            ["summary"] = $"Generated {f[2]} tie {f[0]} → {f[1]}",
            ["benchType"] = f[2],
        };
    }

    private void CheckMappingAgainstRegistry()
    {
        using var registry = JsonDocument.Parse(File.ReadAllText(Path.Combine(repoRoot, "cypher", "registry.json")));
        var types = registry.RootElement.GetProperty("tieTypes").EnumerateArray().Select(t => t.GetProperty("type").GetString()).ToHashSet(StringComparer.Ordinal);
        var kinds = registry.RootElement.GetProperty("actorKinds").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToHashSet(StringComparer.Ordinal);
        var statuses = registry.RootElement.GetProperty("statuses").EnumerateArray().Select(t => t.GetProperty("status").GetString()).ToHashSet(StringComparer.Ordinal);
        var phases = registry.RootElement.GetProperty("phases").EnumerateArray().Select(t => t.GetProperty("phase").GetString()).ToHashSet(StringComparer.Ordinal);
        var missing = BenchMapping.TieTypes.Values.Where(t => !types.Contains(t))
            .Concat(BenchMapping.ActorKinds.Values.Where(k => !kinds.Contains(k)))
            .Concat(new[] { "active", "ended", "disputed" }.Select(BenchMapping.Status).SelectMany(s => new[] { (s.Status, statuses), (s.Phase, phases) }).Where(x => !x.Item2.Contains(x.Item1)).Select(x => x.Item1))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The bench mapping names what cypher/registry.json lacks: {string.Join(", ", missing)}");
        }
    }

    private static void Write(CypherEngine engine, string query, Dictionary<string, object?> parameters) =>
        engine.Execute(new QueryRequest(query, parameters, AccessMode.Write));

    private static IEnumerable<(long Line, string[] Fields)> ReadCsv(string path)
    {
        // The generator writes plain CSV: a header, no quotes, no embedded commas.
        using var reader = new StreamReader(path);
        reader.ReadLine();
        long line = 0;
        while (reader.ReadLine() is { Length: > 0 } text)
        {
            yield return (++line, text.Split(','));
        }
    }

    private static IEnumerable<List<(long Line, string[] Fields)>> Batches(IEnumerable<(long Line, string[] Fields)> rows, int size)
    {
        var batch = new List<(long, string[])>(size);
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == size)
            {
                yield return batch;
                batch = new List<(long, string[])>(size);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
