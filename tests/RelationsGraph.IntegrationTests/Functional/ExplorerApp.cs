using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.IntegrationTests.FakeQueryApi;
using RelationsGraph.IntegrationTests.Support;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// The whole app, configured by settings alone: on the embedded store, or on the Neo4j backend talking HTTP to
/// <see cref="EngineBackedQueryApi"/>. Its users and audit trail live in an in-memory security store; a Viewer and an
/// Analyst account are configured, and <see cref="SignedInClientAsync"/> signs in through the sign-in page.
/// </summary>
public sealed partial class ExplorerApp : WebApplicationFactory<Program>
{
    public const string ViewerName = "viewer";
    public const string ViewerPassword = "viewer-password-1";

    public const string AnalystName = "analyst";
    public const string AnalystPassword = "analyst-password-1";

    private static readonly Lazy<string> ViewerHash = new(() => new PasswordHasher<object>().HashPassword(new object(), ViewerPassword));
    private static readonly Lazy<string> AnalystHash = new(() => new PasswordHasher<object>().HashPassword(new object(), AnalystPassword));

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

        builder.UseSetting("Security:StorePath", ":memory:");
        builder.UseSetting($"Auth:Users:{ViewerName}:Role", "Viewer");
        builder.UseSetting($"Auth:Users:{ViewerName}:PasswordHash", ViewerHash.Value);
        builder.UseSetting($"Auth:Users:{AnalystName}:Role", "Analyst");
        builder.UseSetting($"Auth:Users:{AnalystName}:PasswordHash", AnalystHash.Value);

        if (FakeNeo4j is { } fake)
        {
            builder.ConfigureTestServices(services =>
                services.AddHttpClient(Neo4jServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fake));
        }
    }

    /// <summary>
    /// A client with the Viewer's session (or the Analyst's), got through the real sign-in form (its anti-forgery field
    /// included); the Analyst's also sends the page's anti-forgery token on every request, as the app's scripts do.
    /// </summary>
    public async Task<HttpClient> SignedInClientAsync(bool asAnalyst = false)
    {
        var client = CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler());
        using var form = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        var token = FormToken().Match(await form.Content.ReadAsStringAsync());
        token.Success.ShouldBeTrue("the sign-in page has no anti-forgery field");
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = asAnalyst ? AnalystName : ViewerName,
            ["Password"] = asAnalyst ? AnalystPassword : ViewerPassword,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var signedIn = await client.PostAsync(new Uri("/account/signin", UriKind.Relative), fields);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        if (asAnalyst)
        {
            using var page = await client.GetAsync(new Uri("/account/password", UriKind.Relative));
            var meta = MetaToken().Match(await page.Content.ReadAsStringAsync());
            meta.Success.ShouldBeTrue("a signed-in page has no csrf-token meta tag");
            client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", WebUtility.HtmlDecode(meta.Groups[1].Value));
        }

        return client;
    }

    /// <summary>The single number a <c>RETURN count(...)</c> query gives, read straight from the app's store.</summary>
    public async Task<long> CountAsync(string query)
    {
        var result = await Services.GetRequiredService<IGraphBackend>().RunAsync(new QueryRequest(query));
        return (long)result.Rows[0][0]!;
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _fakeServerEngine?.Dispose();
        }
    }
}
