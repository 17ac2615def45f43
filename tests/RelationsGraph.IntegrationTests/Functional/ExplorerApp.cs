using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.IntegrationTests.FakeQueryApi;
using RelationsGraph.IntegrationTests.Support;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// The whole app, configured by settings alone: on the embedded store, or on the Neo4j backend talking HTTP to
/// <see cref="EngineBackedQueryApi"/>.
/// </summary>
public sealed class ExplorerApp : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly ServiceProvider? _fakeServerEngine;

    private ExplorerApp(IReadOnlyDictionary<string, string> settings, ServiceProvider? fakeServerEngine)
    {
        _settings = settings;
        _fakeServerEngine = fakeServerEngine;
        if (fakeServerEngine is not null)
        {
            FakeNeo4j = new EngineBackedQueryApi(fakeServerEngine.GetRequiredService<IGraphBackend>());
        }
    }

    internal EngineBackedQueryApi? FakeNeo4j { get; }

    public static ExplorerApp OnEmbeddedStore() => new(
        new Dictionary<string, string> { ["Graph:Backend"] = "Embedded", ["Graph:Embedded:Path"] = ":memory:" },
        fakeServerEngine: null);

    /// <summary>Neo4j backend against the fake; retries kept short so a test of failures needs no real waiting.</summary>
    public static ExplorerApp OnFakeNeo4j() => new(
        new Dictionary<string, string>
        {
            ["Graph:Backend"] = "neo4j",
            ["Graph:Neo4j:Uri"] = "http://fake-neo4j:7474",
            ["Graph:Neo4j:User"] = "neo4j",
            ["Graph:Neo4j:Password"] = "test-only",
            ["Graph:Neo4j:RetryInitialDelay"] = "00:00:00",
            ["Graph:Neo4j:MaxRetryTime"] = "00:00:00",
            ["Graph:Neo4j:BreakerMinimumThroughput"] = "4",
            ["Graph:Neo4j:BreakerBreakDuration"] = "00:10:00",
        },
        Stores.Embedded());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (FakeNeo4j is { } fake)
        {
            builder.ConfigureTestServices(services =>
                services.AddHttpClient(Neo4jServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fake));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _fakeServerEngine?.Dispose();
        }
    }
}
