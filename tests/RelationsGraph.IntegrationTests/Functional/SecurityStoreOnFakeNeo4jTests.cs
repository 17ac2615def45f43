using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Infrastructure;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.IntegrationTests.FakeQueryApi;
using RelationsGraph.IntegrationTests.Support;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Security;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// The accounts and audit trail speak plain parameterised Cypher, so they run on the Neo4j backend as on the embedded
/// one: here over the Neo4j HTTP backend talking to the fake Query API.
/// </summary>
public sealed class SecurityStoreOnFakeNeo4jTests : IDisposable
{
    private readonly ServiceProvider _engine = Stores.Embedded();
    private readonly ServiceProvider _neo4j;
    private readonly EngineBackedQueryApi _fake;

    public SecurityStoreOnFakeNeo4jTests()
    {
        _fake = new EngineBackedQueryApi(_engine.GetRequiredService<IGraphBackend>());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Backend"] = "Neo4j",
            ["Graph:Neo4j:Uri"] = "http://fake-neo4j:7474",
            ["Graph:Neo4j:User"] = "neo4j",
            ["Graph:Neo4j:Password"] = "test-only",
            ["Graph:Neo4j:RetryInitialDelay"] = "00:00:00",
            ["Graph:Neo4j:MaxRetryTime"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddGraphBackend(configuration);
        services.AddHttpClient(Neo4jServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _fake);
        _neo4j = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _neo4j.Dispose();
        _engine.Dispose();
    }

    private SecurityStore Store => new(_neo4j.GetRequiredService<IGraphBackend>());

    [Fact]
    public async Task Users_CreateFailLockAndUnlock_WorkOverTheNeo4jBackend()
    {
        var store = Store;
        await store.ApplySchemaAsync(CancellationToken.None);
        await store.ApplySchemaAsync(CancellationToken.None);
        var users = new UserStore(store, TimeProvider.System);
        var until = DateTimeOffset.UtcNow.AddMinutes(15);

        (await users.CreateAsync("alice", Roles.Analyst, "hash", mustChangePassword: false, CancellationToken.None)).ShouldBeTrue();
        (await users.CreateAsync("alice", Roles.Admin, "other", mustChangePassword: false, CancellationToken.None)).ShouldBeFalse("the name is unique");
        (await users.RecordFailureAsync("alice", 3, until, CancellationToken.None)).ShouldBeFalse();
        (await users.RecordFailureAsync("alice", 3, until, CancellationToken.None)).ShouldBeFalse();
        (await users.FindAsync("alice", CancellationToken.None))!.FailedAttempts.ShouldBe(2);
        (await users.RecordFailureAsync("alice", 3, until, CancellationToken.None)).ShouldBeTrue();

        var locked = (await users.FindAsync("alice", CancellationToken.None))!;
        locked.Role.ShouldBe(Roles.Analyst);
        locked.IsLockedAt(DateTimeOffset.UtcNow).ShouldBeTrue();
        locked.FailedAttempts.ShouldBe(0);
        (await users.UnlockAsync("alice", CancellationToken.None)).ShouldBeTrue();
        (await users.FindAsync("alice", CancellationToken.None))!.IsLockedAt(DateTimeOffset.UtcNow).ShouldBeFalse();
        (await users.CountAsync(CancellationToken.None)).ShouldBe(1);
        _fake.Queries.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task AuditTrail_RecordAndFilter_WorkOverTheNeo4jBackend()
    {
        var store = Store;
        await store.ApplySchemaAsync(CancellationToken.None);
        var trail = new AuditTrail(store);
        await trail.RecordAsync(new AuditEvent("1", "2025-03-01T10:00:00.000Z", "alice", "query.run", "id=a", "RETURN 1", "{}", "10.0.0.1", "ok", 200), CancellationToken.None);
        await trail.RecordAsync(new AuditEvent("2", "2025-03-02T10:00:00.000Z", "bob", "query.console", null, "RETURN 2", null, "10.0.0.2", "denied", 403), CancellationToken.None);
        await trail.RecordAsync(new AuditEvent("3", "2025-03-03T10:00:00.000Z", "alice", "account.signin", null, null, null, "10.0.0.1", "ok", 302), CancellationToken.None);

        var alice = await trail.SearchAsync(new AuditQuery("alice", null, null, null, 10), CancellationToken.None);
        alice.Select(e => e.Id).ShouldBe(["3", "1"]);
        var queries = await trail.SearchAsync(new AuditQuery(null, "query.", null, null, 10), CancellationToken.None);
        queries.Select(e => e.Id).ShouldBe(["2", "1"]);
        var day = await trail.SearchAsync(
            new AuditQuery(null, null, new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero), 10),
            CancellationToken.None);
        day.Single().ShouldBe(new AuditEvent("2", "2025-03-02T10:00:00.000Z", "bob", "query.console", null, "RETURN 2", null, "10.0.0.2", "denied", 403));
    }

    [Fact]
    public async Task AuditTrail_RecordWhoseAnswerIsLost_IsSentAgainAndKeptOnce()
    {
        var store = Store;
        await store.ApplySchemaAsync(CancellationToken.None);
        var trail = new AuditTrail(store);
        _fake.LoseAnswers("MERGE (e:AuditEvent");

        var entry = new AuditEvent("lost-1", "2025-03-04T10:00:00.000Z", "alice", "actor.create", "id=x", null, null, "10.0.0.1", "ok", 201);
        await trail.RecordAsync(entry, CancellationToken.None);

        _fake.Ran("MERGE (e:AuditEvent").ShouldBe(2, "the first answer was lost, so the event was sent again");
        var alice = await trail.SearchAsync(new AuditQuery("alice", null, null, null, 10), CancellationToken.None);
        alice.ShouldBe([entry], "sent twice, recorded once, as it was");
    }

    [Fact]
    public async Task AuditTrail_EventWithAnIdAlreadyRecorded_LeavesTheFirstUnchanged()
    {
        var store = Store;
        await store.ApplySchemaAsync(CancellationToken.None);
        var trail = new AuditTrail(store);
        var first = new AuditEvent("same", "2025-03-05T10:00:00.000Z", "alice", "query.run", null, "RETURN 1", "{}", "10.0.0.1", "ok", 200);
        await trail.RecordAsync(first, CancellationToken.None);

        await trail.RecordAsync(first with { User = "mallory", Outcome = "denied" }, CancellationToken.None);

        var all = await trail.SearchAsync(new AuditQuery(null, null, null, null, 10), CancellationToken.None);
        all.ShouldBe([first], "an event once written is never changed");
    }
}
