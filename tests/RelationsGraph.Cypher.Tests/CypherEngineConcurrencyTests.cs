using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Cypher.Tests;

public sealed class CypherEngineConcurrencyTests
{
    [Fact]
    public async Task Execute_ReadWhileAWriteTransactionIsOpen_NeverSeesTheUncommittedWrite()
    {
        using var engine = new CypherEngine();
        using var tx = engine.BeginTransaction(AccessMode.Write);
        tx.Execute("CREATE (:Half)");

        // The reader cannot get past the writer: it waits and gives up at its timeout instead of reading half a write.
        var read = Task.Run(() => engine.Execute(new QueryRequest("MATCH (n:Half) RETURN count(n) AS c", Timeout: TimeSpan.FromMilliseconds(30))));
        var error = await Should.ThrowAsync<CypherException>(read);
        error.Code.ShouldBe(StatusCodes.TransactionTimedOut);

        tx.Commit();
        engine.Execute(new QueryRequest("MATCH (n:Half) RETURN count(n) AS c")).Rows[0][0].ShouldBe(1L);
    }

    [Fact]
    public async Task Execute_ManyParallelWriters_AllCommit()
    {
        using var engine = new CypherEngine();
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            for (var j = 0; j < 25; j++)
            {
                engine.Execute(new QueryRequest("CREATE (:W {i: $i})", new Dictionary<string, object?> { ["i"] = i }, AccessMode.Write));
            }
        })).ToArray();
        await Task.WhenAll(writers);

        engine.Execute(new QueryRequest("MATCH (n:W) RETURN count(n) AS c")).Rows[0][0].ShouldBe(200L);
        engine.ReadAll().Nodes.Select(n => n.Id).Distinct().Count().ShouldBe(200);
    }

    [Fact]
    public void Execute_Cancelled_StopsWithTimedOut()
    {
        using var engine = new CypherEngine();
        engine.Execute(new QueryRequest("UNWIND range(1, 200) AS i CREATE (:N)", Mode: AccessMode.Write));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var error = Should.Throw<CypherException>(() => engine.Execute(new QueryRequest("MATCH (a:N), (b:N), (c:N) RETURN count(*) AS c"), cancellation.Token));
        error.Code.ShouldBe(StatusCodes.TransactionTimedOut);
    }
}
