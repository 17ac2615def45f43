using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Security;

/// <summary>Security headers, request size limits, rate limits, and error responses without internals.</summary>
[Collection(SecurityAppCollection.Name)]
public sealed class HardeningTests(SecurityApp app)
{
    [Theory]
    [InlineData("/account/signin", false)]
    [InlineData("/", true)]
    [InlineData("/api/registry", true)]
    [InlineData("/api/actors/no-such-actor", true)]
    [InlineData("/css/site.css", false)]
    [InlineData("/no/such/page", true)]
    public async Task Response_AnyKind_CarriesTheSecurityHeaders(string url, bool signedIn)
    {
        var client = signedIn ? app.As(TestUsers.Viewer) : app.Factory.CreateBrowserLikeClient().Client;
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var headers = response.Headers;
        var csp = headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
        headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Pages_SignedIn_HaveNoInlineScriptOrStyleAndAreNotCached()
    {
        foreach (var page in new[] { "/", "/console", "/admin/users", "/admin/audit", "/account/password" })
        {
            using var response = await app.As(TestUsers.Admin).GetAsync(new Uri(page, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
            html.ShouldNotContain("<script>", customMessage: page);
            html.ShouldNotContain("style=\"", customMessage: page);
            System.Text.RegularExpressions.Regex.IsMatch(html, @"\son[a-z]+\s*=").ShouldBeFalse($"{page} has an inline event handler");
            response.Headers.CacheControl!.NoStore.ShouldBeTrue(page);
        }
    }

    [Fact]
    public async Task Body_LargerThanTheLimit_Is413ProblemDetailsBeforeAnythingRuns()
    {
        var query = "RETURN '" + new string('x', 1_100_000) + "' AS big";
        using var content = new StringContent($$"""{"query":"{{query}}"}""", Encoding.UTF8, "application/json");
        using var response = await app.As(TestUsers.Analyst).PostAsync(new Uri("/api/cypher", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        body.ShouldContain("RelationsGraph.Request.TooLarge");
    }

    [Fact]
    public async Task ChunkedBody_LargerThanTheLimit_IsCutByTheServerWith413()
    {
        using var factory = new ExplorerFactory(null, "Production", settings: new Dictionary<string, string> { ["Security:MaxRequestBodyBytes"] = "4096" });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        // A real socket client: the body goes out in chunks, with no length to refuse up front.
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
        (await client.PostSignInAsync(TestUsers.Analyst.Name, TestUsers.Analyst.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        client.DefaultRequestHeaders.Add(AntiforgeryHeaderHandler.Header, await client.PageTokenAsync());
        using var content = new PushStreamContent(20_000);
        using var response = await client.PostAsync(new Uri("/api/cypher", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        body.ShouldContain("RelationsGraph.Request.TooLarge");
    }

    [Fact]
    public async Task SignIn_TooManyFromOneAddress_Is429WithRetryAfter()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Security:SignInPerMinute"] = "3" });
        var (client, _) = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostSignInAsync("viewer", "wrong-password-" + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var limited = await client.PostSignInAsync("viewer", TestUsers.Viewer.Password);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync()).ShouldContain("RelationsGraph.Request.RateLimited");
    }

    [Fact]
    public async Task Queries_TooManyByOneUser_Are429WhileOthersStillRun()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Security:QueriesPerMinute"] = "2" });
        using var viewer = await factory.ClientAsync(TestUsers.Viewer);
        using var analyst = await factory.ClientAsync(TestUsers.Analyst);
        for (var i = 0; i < 2; i++)
        {
            (await viewer.PostAsync(new Uri("/api/queries/denied-ties/run", UriKind.Relative), Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var limited = await viewer.PostAsync(new Uri("/api/queries/denied-ties/run", UriKind.Relative), Json("{}"));
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.Content.ReadAsStringAsync()).ShouldContain("RelationsGraph.Request.RateLimited");
        (await analyst.PostAsync(new Uri("/api/cypher", UriKind.Relative), Json("""{"query":"RETURN 1 AS one"}"""))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Development", "application/json")]
    [InlineData("Development", "text/html")]
    [InlineData("Production", "application/json")]
    [InlineData("Production", "text/html")]
    public async Task UnexpectedFailure_InEveryEnvironment_AnswersProblemDetailsWithoutStackTraceOrPath(string environment, string accept)
    {
        using var factory = new ExplorerFactory(null, environment, services => services.AddSingleton<IGraphBackend>(new ThrowingBackend()));
        using var client = await factory.ClientAsync(TestUsers.Analyst);
        foreach (var (method, url, body) in new[] { ("GET", "/api/actors/x", null), ("POST", "/api/cypher", """{"query":"RETURN 1"}"""), ("GET", "/api/graph/neighbourhood", null) })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
            request.Headers.Accept.ParseAdd(accept);
            request.Content = body is null ? null : Json(body);
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError, text);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            text.ShouldNotContain("   at ");
            text.ShouldNotContain("/work/");
            text.ShouldNotContain(".cs:line");
            text.ShouldNotContain("InvalidOperationException");
            text.ShouldNotContain("secret");
        }
    }

    [Fact]
    public async Task MalformedJson_IsA400WithoutInternals()
    {
        using var response = await app.As(TestUsers.Analyst).PostAsync(new Uri("/api/cypher", UriKind.Relative), Json("{\"query\": "));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("/work/");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A JSON body of the given number of bytes sent without a length (chunked), as a client streaming it would.</summary>
    private sealed class PushStreamContent : HttpContent
    {
        private readonly int length;

        public PushStreamContent(int length)
        {
            this.length = length;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = Encoding.UTF8.GetBytes(new string(' ', 1000));
            for (var sent = 0; sent < length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long computed)
        {
            computed = -1;
            return false;
        }
    }

    private sealed class ThrowingBackend : IGraphBackend
    {
        public string Name => "throwing";

        public Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internal detail at /work/main/src/Store.cs:line 12");

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret");

        public Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new BackendHealth(Name, true));
    }
}
