using RelationsGraph.Benchmarks;

// Peer benchmark: the same graph, parameters and queries as ../shared/bench (Kuzu, SQLite), on our engine.
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- N [dataRoot=bench-work/data] [dbRoot=bench-work/db] [--reuse]
// --reuse skips the load and opens the SQLite file an earlier run left, so a fresh process measures reopen time and
// the memory that holding the graph costs, without the load's garbage in its peak working set.
// env BENCH_BUDGET_S: time budget per query (default 60 s).
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- timeouts [timeoutMs=200] [repeats=10]
// measures how far past the deadline a timed-out query runs.
if (args.Length > 0 && args[0] == "timeouts")
{
    var ms = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
    var repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
    return TimeoutBenchmark.Run(TimeSpan.FromMilliseconds(ms), repeats);
}

var reuse = args.Contains("--reuse");
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var n = positional.Length > 0 ? int.Parse(positional[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var dataRoot = positional.Length > 1 ? positional[1] : "bench-work/data";
var dbRoot = positional.Length > 2 ? positional[2] : "bench-work/db";
var budget = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("BENCH_BUDGET_S") ?? "60", System.Globalization.CultureInfo.InvariantCulture));
return new PeerBenchmark(n, dataRoot, dbRoot, budget, reuse).Run();
