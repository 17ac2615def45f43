using System.Diagnostics;
using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Infrastructure.Tests.Embedded;

public sealed class CrashDurabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-crash-").FullName;

    [Fact]
    public async Task Execute_ProcessKilledWithSigkill_KeepsEveryReportedCommit()
    {
        var path = Path.Combine(_folder, "graph.db");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashWriter).Assembly.Location);
        start.ArgumentList.Add(CrashWriter.Verb);
        start.ArgumentList.Add(path);

        using var writer = Process.Start(start)!;
        long lastReported = -1;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (lastReported < 50 && await writer.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lastReported = long.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }

        writer.Kill(); // SIGKILL on Unix: no finalizers, no dispose, no flush.
        await writer.WaitForExitAsync(timeout.Token);
        lastReported.ShouldBeGreaterThanOrEqualTo(50, "the writer should have reported commits; stderr: " + await writer.StandardError.ReadToEndAsync(timeout.Token));

        using var persistence = new SqliteGraphPersistence(path);
        using var engine = new CypherEngine(persistence: persistence);
        var result = engine.Execute(new QueryRequest("MATCH (t:Tick) RETURN count(t) AS n, max(t.i) AS last"));

        var count = (long)result.Rows[0][0]!;
        var last = (long)result.Rows[0][1]!;
        last.ShouldBeGreaterThanOrEqualTo(lastReported);
        count.ShouldBe(last + 1, "every tick up to the last one is present exactly once");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
