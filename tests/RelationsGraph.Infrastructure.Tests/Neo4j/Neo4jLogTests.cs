using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;
using static RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.FakeNeo4jServer;
using F = RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.Neo4jFixtures;

namespace RelationsGraph.Infrastructure.Tests.Neo4j;

/// <summary>
/// What the backend writes to the log, captured at every level from every category (HttpClient's own lines
/// included): start-up names endpoint, version and database; credentials appear nowhere.
/// </summary>
public sealed class Neo4jLogTests : IDisposable
{
    private readonly FakeNeo4jServer _server = BackendFactory.Server526();
    private readonly LogCapture _logs = new();

    public void Dispose() => _server.Dispose();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddSingleton<TimeProvider>(new SignallingTimeProvider());
        services.AddNeo4jBackend(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHttpClient(Neo4jServiceCollectionExtensions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => _server)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services.BuildServiceProvider();
    }

    private static async Task StartAsync(ServiceProvider provider)
    {
        provider.GetRequiredService<IStartupValidator>().Validate();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("Password", "pa55-w0rd-Secret")]
    [InlineData("BearerToken", "bearer-t0ken-Secret")]
    public async Task StartUpAndFailures_LogEndpointVersionAndDatabase_NeverTheSecret(string setting, string secret)
    {
        using var provider = Build(new()
        {
            ["Graph:Neo4j:Uri"] = "http://neo4j.test:7474",
            ["Graph:Neo4j:Database"] = "neo4j",
            ["Graph:Neo4j:User"] = "analyst",
            [$"Graph:Neo4j:{setting}"] = secret,
        });

        await StartAsync(provider);
        _server.On(HttpMethod.Post, F.QueryPath, Plain(401, F.Unauthorized));
        var refused = await Should.ThrowAsync<CypherException>(() => provider.GetRequiredService<IGraphBackend>().RunAsync(new QueryRequest("RETURN 1")));

        var started = _logs.Lines.Where(l => l.Text.StartsWith("Graph backend Neo4j:", StringComparison.Ordinal)).ShouldHaveSingleItem();
        started.Level.ShouldBe(LogLevel.Information);
        started.Text.ShouldBe("Graph backend Neo4j: Query API (/db/{db}/query/v2) at http://neo4j.test:7474/, server 5.26.2 (community), database 'neo4j'.");
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"analyst:{secret}"));
        _server.RequestsTo(F.QueryPath)[0].Header("Authorization").ShouldNotBeNull().ShouldEndWith(setting == "Password" ? encoded : secret, Case.Sensitive, "the secret was in use");
        _logs.Lines.Count.ShouldBeGreaterThan(3, "HttpClient's own request lines are captured too");
        foreach (var line in _logs.Lines.Select(l => l.Text).Append(refused.ToString()))
        {
            line.ShouldNotContain(secret, Case.Sensitive);
            line.ShouldNotContain(encoded, Case.Sensitive);
        }
    }

    [Fact]
    public async Task StartUp_CredentialsRefused_MessageNamesTheUserButNotThePassword()
    {
        _server.On(HttpMethod.Post, F.QueryPath, Plain(401, F.Unauthorized));
        using var provider = Build(new()
        {
            ["Graph:Neo4j:Uri"] = "http://neo4j.test:7474",
            ["Graph:Neo4j:User"] = "analyst",
            ["Graph:Neo4j:Password"] = "pa55-w0rd-Secret",
        });

        var error = await Should.ThrowAsync<CypherException>(() => StartAsync(provider));

        error.Message.ShouldContain("'analyst'");
        foreach (var line in _logs.Lines.Select(l => l.Text).Append(error.ToString()))
        {
            line.ShouldNotContain("pa55-w0rd-Secret", Case.Sensitive);
        }
    }

    [Fact]
    public void StartUp_UriWithUserInfo_IsRefusedSayingWhereCredentialsBelong()
    {
        using var provider = Build(new() { ["Graph:Neo4j:Uri"] = "http://neo4j:pa55-w0rd-Secret@neo4j.test:7474" });

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        error.Message.ShouldContain("must not carry credentials");
        error.Message.ShouldContain("Graph__Neo4j__Password");
        error.Message.ShouldNotContain("pa55-w0rd-Secret", Case.Sensitive);
        _server.Requests.ShouldBeEmpty("nothing is sent before the settings are accepted");
    }

    [Fact]
    public void Neo4jHttp_UriWithUserInfo_IsRefusedWithoutEchoingIt()
    {
        var options = BackendFactory.Options(o => o.Uri = new Uri("https://neo4j:pa55-w0rd-Secret@db.example:7473"));
        var error = Should.Throw<InvalidOperationException>(() => new Neo4jHttp(() => new HttpClient(_server, disposeHandler: false), options, TimeProvider.System));
        error.Message.ShouldBe(Neo4jMessages.UriWithCredentials);
    }
}
