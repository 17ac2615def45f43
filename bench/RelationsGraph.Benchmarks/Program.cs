using RelationsGraph.Benchmarks;

// Peer benchmark: the same graph, parameters and queries as ../shared/bench (Kuzu, SQLite), on our engine.
//   dotnet run -c Release --project bench/RelationsGraph.Benchmarks -- N [dataRoot=bench-work/data] [dbRoot=bench-work/db]
// env BENCH_BUDGET_S: time budget per query (default 60 s).
var n = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var dataRoot = args.Length > 1 ? args[1] : "bench-work/data";
var dbRoot = args.Length > 2 ? args[2] : "bench-work/db";
var budget = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("BENCH_BUDGET_S") ?? "60", System.Globalization.CultureInfo.InvariantCulture));
return new PeerBenchmark(n, dataRoot, dbRoot, budget).Run();
