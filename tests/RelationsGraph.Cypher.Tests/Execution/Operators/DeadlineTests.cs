using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Cypher.Tests.Execution.Operators;

/// <summary>
/// Deadlines inside work that runs as one call rather than a row loop: a sort and a long range(). The clock here
/// moves one tick each time it is read, so where the deadline falls is fixed by how often the engine looks, and
/// the tests do not depend on the machine's speed.
/// </summary>
public sealed class DeadlineTests
{
    [Fact]
    public void OrderBy_DeadlinePassesDuringTheSort_FailsWithTransactionTimedOutNotAWrappedException()
    {
        var clock = new SteppingClock();
        using var engine = new CypherEngine(new CypherEngineOptions { TimeProvider = clock });
        const string rows = "UNWIND range(1, 20000) AS x WITH x";
        const string sorted = rows + " ORDER BY (x * 7919) % 20011 RETURN count(*) AS n";
        var ample = TimeSpan.FromSeconds(1_000_000);

        // Clock reads with time to spare: producing the rows alone, then producing and sorting them. The sort's
        // ~280,000 comparisons must consult the deadline too, or a big sort runs on past it.
        engine.Execute(new QueryRequest(rows + " RETURN count(*) AS n", Timeout: ample));
        var producing = clock.TakeReads();
        engine.Execute(new QueryRequest(sorted, Timeout: ample)).Rows[0][0].ShouldBe(20000L);
        var sorting = clock.TakeReads() - producing;
        sorting.ShouldBeGreaterThan(500);

        // A deadline that falls in the middle of the sort.
        var error = Should.Throw<CypherException>(() => engine.Execute(new QueryRequest(sorted, Timeout: TimeSpan.FromSeconds(producing + (sorting / 2)))));

        error.Code.ShouldBe("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    [Fact]
    public void Range_DeadlinePassesWhileTheListIsBuilt_StopsLongBeforeTheEnd()
    {
        var clock = new SteppingClock();
        using var engine = new CypherEngine(new CypherEngineOptions { TimeProvider = clock });

        var error = Should.Throw<CypherException>(() => engine.Execute(new QueryRequest("RETURN size(range(1, 100000000)) AS n", Timeout: TimeSpan.FromSeconds(20))));

        error.Code.ShouldBe("Neo.ClientError.Transaction.TransactionTimedOut");
        // The clock is read every few hundred elements, so 20 reads cover thousands of elements, not millions.
        clock.Reads.ShouldBeLessThan(40);
    }

    /// <summary>A clock whose timestamp advances one second per read; wall time stays fixed.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private long _timestamp;

        public long Reads { get; private set; }

        public override long TimestampFrequency => 1;

        public override DateTimeOffset GetUtcNow() => Now;

        public override long GetTimestamp()
        {
            Reads++;
            return ++_timestamp;
        }

        public long TakeReads()
        {
            var reads = Reads;
            Reads = 0;
            return reads;
        }
    }
}
