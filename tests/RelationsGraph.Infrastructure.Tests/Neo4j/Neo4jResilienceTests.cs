using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;
using static RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.FakeNeo4jServer;
using F = RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.Neo4jFixtures;

namespace RelationsGraph.Infrastructure.Tests.Neo4j;

/// <summary>Fault injection with a fake clock: which failures are retried, how long it waits, when the breaker opens.</summary>
public sealed class Neo4jResilienceTests : IDisposable
{
    private readonly FakeNeo4jServer _server = BackendFactory.Server526();
    private readonly SignallingTimeProvider _time = new();

    public void Dispose() => _server.Dispose();

    private async Task<Neo4jGraphBackend> StartedAsync(Action<Neo4jOptions>? configure = null)
    {
        var backend = BackendFactory.Create(_server, configure, _time);
        await backend.InitializeAsync();
        return backend;
    }

    private int QueryRequests => _server.RequestsTo(F.QueryPath).Count;

    [Theory]
    [InlineData(400, F.SyntaxError)]
    [InlineData(400, F.AccessModeError)]
    [InlineData(400, F.Terminated)]
    [InlineData(500, F.UnknownError)]
    [InlineData(401, F.Unauthorized)]
    public async Task RunAsync_NonTransientFailure_IsSentOnce(int status, string body)
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(status, body));
        var before = QueryRequests;
        await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));
        QueryRequests.ShouldBe(before + 1);
    }

    [Fact]
    public async Task RunAsync_ConnectionRefused_IsRetriedThenSucceeds()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Refuse(), Refuse(), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        (await backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'}) RETURN 1", Mode: AccessMode.Write))).Rows.Count.ShouldBe(1);
        QueryRequests.ShouldBe(before + 3);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task RunAsync_ProxyStatusOnRead_IsRetried(int status)
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Text(status, "<html>bad gateway</html>"), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        await backend.RunAsync(new QueryRequest("RETURN 1"));
        QueryRequests.ShouldBe(before + 2);
    }

    [Fact]
    public async Task RunAsync_BackOff_StartsAtOneSecondAndDoubles()
    {
        using var backend = await StartedAsync(o => o.RetryInitialDelay = TimeSpan.FromSeconds(1));
        _server.On(HttpMethod.Post, F.QueryPath, Plain(400, F.Deadlock), Plain(400, F.Deadlock), Plain(400, F.Deadlock), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        var run = backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'})", Mode: AccessMode.Write));

        for (var retry = 1; retry <= 3; retry++)
        {
            var delay = await _time.WaitForDelayAsync(retry);
            QueryRequests.ShouldBe(before + retry);
            _time.Advance(delay - TimeSpan.FromMilliseconds(1));
            QueryRequests.ShouldBe(before + retry, "no resend before the back-off has passed");
            var total = _server.Requests.Count;
            _time.Advance(TimeSpan.FromMilliseconds(1));
            await _server.WaitForRequestsAsync(total + 1);
        }

        await run;
        // The random source is pinned at the middle of the ±20 % band, so the delays are exactly 1, 2, 4 s.
        _time.Delays.ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)]);
    }

    [Theory]
    [InlineData(0.0, 800)]
    [InlineData(1.0, 1200)]
    public void DelayFor_Jitter_StaysWithinTwentyPercent(double random, int expectedMs)
    {
        var resilience = new Neo4jResilience(BackendFactory.Options(o => o.RetryInitialDelay = TimeSpan.FromSeconds(1)), _time, () => random);
        resilience.DelayFor(0, null).ShouldBe(TimeSpan.FromMilliseconds(expectedMs));
        resilience.DelayFor(2, null).ShouldBe(TimeSpan.FromMilliseconds(expectedMs * 4));
    }

    [Fact]
    public void DelayFor_RetryAfterLongerThanBackOff_WaitsRetryAfter()
    {
        var resilience = new Neo4jResilience(BackendFactory.Options(o => o.RetryInitialDelay = TimeSpan.FromSeconds(1)), _time, () => 0.5);
        var throttled = new Neo4jServerException(StatusCodes.ServiceUnavailable, "429", 429, TimeSpan.FromSeconds(7));
        resilience.DelayFor(0, throttled).ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task RunAsync_RetryAfterAsHttpDate_WaitsUntilThatTimeOnTheInjectedClock()
    {
        using var backend = await StartedAsync(o => o.RetryInitialDelay = TimeSpan.FromSeconds(1));
        // The fake clock stands in May 2026, months before the machine's clock: measured against the wall clock this
        // date would already have passed and the back-off (1 s) would win.
        var retryAt = _time.GetUtcNow().AddSeconds(7).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        _server.On(HttpMethod.Post, F.QueryPath, Plain(503, "{}", headers: new Dictionary<string, string> { ["Retry-After"] = retryAt }), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        var run = backend.RunAsync(new QueryRequest("RETURN 1"));

        var delay = await _time.WaitForDelayAsync(1);
        delay.ShouldBe(TimeSpan.FromSeconds(7));
        _time.Advance(delay);

        await run;
        QueryRequests.ShouldBe(before + 2);
    }

    [Fact]
    public async Task RunAsync_RetryBudgetSpent_GivesUpWithTheLastError()
    {
        using var backend = await StartedAsync(o =>
        {
            o.RetryInitialDelay = TimeSpan.FromSeconds(1);
            o.MaxRetryTime = TimeSpan.FromSeconds(5);
        });
        _server.On(HttpMethod.Post, F.QueryPath, Plain(400, F.Deadlock));
        var before = QueryRequests;
        var run = backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'})", Mode: AccessMode.Write));
        for (var retry = 1; retry <= 3; retry++)
        {
            var delay = await _time.WaitForDelayAsync(retry);
            var total = _server.Requests.Count;
            _time.Advance(delay);
            await _server.WaitForRequestsAsync(total + 1);
        }

        var error = await Should.ThrowAsync<CypherException>(() => run);
        error.Code.ShouldBe("Neo.TransientError.Transaction.DeadlockDetected");
        // 1 + 2 = 3 s < 5 s, 3 + 4 = 7 s ≥ 5 s: attempts at 0, 1, 3 and 7 s, then the budget is spent.
        QueryRequests.ShouldBe(before + 4);
    }

    [Fact]
    public async Task RunAsync_WriteWhoseAnswerBrokeMidBody_IsNeverSentTwice()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, BodyBreaks(), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'})", Mode: AccessMode.Write)));
        error.Message.ShouldContain("not resent");
        QueryRequests.ShouldBe(before + 1);
    }

    [Fact]
    public async Task RunAsync_ReadWhoseAnswerBrokeMidBody_IsRetried()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, BodyBreaks(), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        await backend.RunAsync(new QueryRequest("RETURN 1"));
        QueryRequests.ShouldBe(before + 2);
    }

    [Fact]
    public async Task RunAsync_WriteWhoseConnectionResetAfterSending_IsNeverSentTwice()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, ResetAfterSend(), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("CREATE (a:Actor {name: 'x'})", Mode: AccessMode.Write)));
        error.Code.ShouldBe(StatusCodes.ServiceUnavailable);
        QueryRequests.ShouldBe(before + 1);
    }

    [Fact]
    public async Task RunAsync_IdempotentWriteWhoseConnectionResetAfterSending_IsResentAfterTheBackOff()
    {
        using var backend = await StartedAsync(o => o.RetryInitialDelay = TimeSpan.FromSeconds(1));
        _server.On(HttpMethod.Post, F.QueryPath, ResetAfterSend(), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        var run = backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'}) RETURN 1", Mode: AccessMode.Write, Idempotent: true));

        var delay = await _time.WaitForDelayAsync(1);
        delay.ShouldBe(TimeSpan.FromSeconds(1));
        _time.Advance(delay - TimeSpan.FromMilliseconds(1));
        QueryRequests.ShouldBe(before + 1, "no resend before the back-off has passed");
        _time.Advance(TimeSpan.FromMilliseconds(1));

        (await run).Rows.Count.ShouldBe(1);
        QueryRequests.ShouldBe(before + 2);
    }

    [Fact]
    public async Task RunAsync_IdempotentWriteWhoseAnswerBrokeMidBody_IsResent()
    {
        using var backend = await StartedAsync(o => o.RetryInitialDelay = TimeSpan.FromSeconds(1));
        _server.On(HttpMethod.Post, F.QueryPath, BodyBreaks(), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        var run = backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'}) RETURN 1", Mode: AccessMode.Write, Idempotent: true));

        _time.Advance(await _time.WaitForDelayAsync(1));

        (await run).Rows.Count.ShouldBe(1);
        QueryRequests.ShouldBe(before + 2);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public async Task RunAsync_WriteThatTimedOut_IsResentOnlyWhenIdempotent(bool idempotent, int expectedRequests)
    {
        using var backend = await StartedAsync(o =>
        {
            o.QueryTimeout = TimeSpan.FromSeconds(3);
            o.TimeoutGrace = TimeSpan.FromSeconds(2);
            o.MaxRetryTime = TimeSpan.Zero;
        });
        _server.OnAsync(HttpMethod.Post, F.QueryPath, Hang());
        var before = QueryRequests;
        var run = backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'})", Mode: AccessMode.Write, Idempotent: idempotent));

        // As in the slow-server test: Polly arms its timer asynchronously, so the clock is pushed until the run ends.
        for (var step = 0; step < 200 && !run.IsCompleted; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10);
        }

        (await Should.ThrowAsync<CypherException>(() => run)).Code.ShouldBe(StatusCodes.TransactionTimedOut);
        QueryRequests.ShouldBe(before + expectedRequests);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    public async Task RunAsync_WriteAnsweredByGatewayError_IsNeverSentTwice(int status)
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Text(status, "gateway"), Typed(202, F.ReturnOne));
        var before = QueryRequests;
        await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'})", Mode: AccessMode.Write)));
        QueryRequests.ShouldBe(before + 1);
    }

    [Fact]
    public async Task RunAsync_CancelledDuringBackOff_StopsRetrying()
    {
        using var backend = await StartedAsync(o => o.RetryInitialDelay = TimeSpan.FromSeconds(1));
        _server.On(HttpMethod.Post, F.QueryPath, Plain(400, F.Deadlock));
        var before = QueryRequests;
        using var cancellation = new CancellationTokenSource();
        var run = backend.RunAsync(new QueryRequest("RETURN 1"), cancellation.Token);
        await _time.WaitForDelayAsync(1);

        await cancellation.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => run);
        _time.Advance(TimeSpan.FromMinutes(1));
        QueryRequests.ShouldBe(before + 1);
    }

    [Fact]
    public async Task RunAsync_SlowServer_TimesOutPerAttemptAndReportsTimeout()
    {
        using var backend = await StartedAsync(o =>
        {
            o.QueryTimeout = TimeSpan.FromSeconds(3);
            o.TimeoutGrace = TimeSpan.FromSeconds(2);
            o.MaxRetryTime = TimeSpan.Zero;
        });
        _server.OnAsync(HttpMethod.Post, F.QueryPath, Hang());
        var before = QueryRequests;
        var run = backend.RunAsync(new QueryRequest("MATCH (n) RETURN n"));

        // Two attempts (the minimum), each cut after 3 s + 2 s grace. Polly arms its timeout timer asynchronously,
        // so the clock is pushed in 5 s steps until the run gives up; the real pause only lets continuations run.
        for (var step = 0; step < 200 && !run.IsCompleted; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10);
        }

        var error = await Should.ThrowAsync<CypherException>(() => run);
        error.Code.ShouldBe(StatusCodes.TransactionTimedOut);
        QueryRequests.ShouldBe(before + 2);
    }

    [Fact]
    public async Task RunAsync_RepeatedFailures_OpenTheBreakerSoTheAppAnswersAtOnce()
    {
        using var backend = await StartedAsync(o =>
        {
            o.MaxRetryTime = TimeSpan.Zero;
            o.BreakerMinimumThroughput = 4;
            o.BreakerFailureRatio = 0.5;
            o.BreakerBreakDuration = TimeSpan.FromSeconds(15);
        });
        _server.On(HttpMethod.Post, F.QueryPath, Text(503, "unavailable"));

        // Two calls of two attempts each: four failures trip the breaker.
        await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));
        await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));
        var sent = QueryRequests;

        var open = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));
        open.Code.ShouldBe(StatusCodes.ServiceUnavailable);
        open.Message.ShouldBe("The graph database is unavailable; retrying in the background.");
        QueryRequests.ShouldBe(sent, "an open circuit answers without calling the server");
        (await backend.CheckHealthAsync()).Healthy.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_AfterBreakDuration_HalfOpensAndClosesOnSuccess()
    {
        using var backend = await StartedAsync(o =>
        {
            o.MaxRetryTime = TimeSpan.Zero;
            o.BreakerMinimumThroughput = 4;
            o.BreakerBreakDuration = TimeSpan.FromSeconds(15);
        });
        _server.On(HttpMethod.Post, F.QueryPath, Text(503, "unavailable"));
        await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));
        await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));
        await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));

        _server.On(HttpMethod.Post, F.QueryPath, Typed(202, F.ReturnOne));
        _time.Advance(TimeSpan.FromSeconds(15));
        var sent = QueryRequests;
        (await backend.RunAsync(new QueryRequest("RETURN 1"))).Rows[0][0].ShouldBe(1L);
        QueryRequests.ShouldBe(sent + 1, "the half-open probe goes through");
        backend.Resilience.BreakerState.CircuitState.ShouldBe(Polly.CircuitBreaker.CircuitState.Closed);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.Completely.MadeUp", true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void IsRetriableCode_FollowsTheDriversRules(string code, bool expected) =>
        Neo4jResilience.IsRetriableCode(code).ShouldBe(expected);
}
