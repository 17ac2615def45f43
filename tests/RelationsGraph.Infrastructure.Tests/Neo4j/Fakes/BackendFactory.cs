using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RelationsGraph.Infrastructure.Neo4j;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

/// <summary>Builds a backend wired to a fake server, with no real waiting unless a test asks for it.</summary>
internal static class BackendFactory
{
    public static Neo4jOptions Options(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://neo4j.test:7474"),
            User = "neo4j",
            Password = "s3cret",
            RetryInitialDelay = TimeSpan.Zero,
            MaxRetryTime = TimeSpan.FromSeconds(30),
            QueryTimeout = TimeSpan.FromHours(1) - TimeSpan.FromSeconds(2),
            TimeoutGrace = TimeSpan.FromSeconds(2),
            DiscoveryTimeout = TimeSpan.FromHours(1),
            KeepAliveInterval = TimeSpan.FromHours(2),
            BreakerMinimumThroughput = 100,
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jGraphBackend Create(FakeNeo4jServer server, Action<Neo4jOptions>? configure = null, TimeProvider? time = null, ILogger<Neo4jGraphBackend>? logger = null)
    {
        var client = new HttpClient(server, disposeHandler: false);
        return new Neo4jGraphBackend(() => client, Options(configure), time ?? new SignallingTimeProvider(), logger ?? NullLogger<Neo4jGraphBackend>.Instance, random: () => 0.5);
    }

    /// <summary>A 5.26 server answering <c>RETURN 1</c>, ready for a test to add its own routes.</summary>
    public static FakeNeo4jServer Server526() => new FakeNeo4jServer()
        .WithDiscovery(Neo4jFixtures.Discovery526)
        .On(HttpMethod.Post, Neo4jFixtures.QueryPath, FakeNeo4jServer.Typed(202, Neo4jFixtures.ReturnOne));
}
