using System.Net;
using System.Net.Http.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Security;

/// <summary>
/// An app of its own for the security tests (they sign in and out, lock accounts and fill the trail), with a session
/// per role signed in once (signing in is slow on purpose), and an Admin session that never sends the token.
/// </summary>
public sealed class SecurityApp : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public ExplorerFactory Factory { get; } = new();

    public HttpClient As(TestUser user) => _clients[user.Role];

    public HttpClient AdminWithoutToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        foreach (var user in TestUsers.All)
        {
            _clients[user.Role] = await Factory.CreateClientAsync(user);
        }

        AdminWithoutToken = await Factory.CreateClientAsync(TestUsers.Admin, antiforgery: false);
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values.Append(AdminWithoutToken))
        {
            client?.Dispose();
        }

        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityAppCollection : ICollectionFixture<SecurityApp>
{
    public const string Name = "security app";
}

/// <summary>How the app answered a request, as far as access goes.</summary>
public enum Access
{
    /// <summary>Not signed in: 401 ProblemDetails, or a redirect to the sign-in page.</summary>
    Unauthenticated,

    /// <summary>Signed in but not allowed: 403, or a redirect to the not-allowed page.</summary>
    Forbidden,

    /// <summary>The anti-forgery check refused it.</summary>
    NoAntiforgery,

    /// <summary>Anything else: the endpoint ran (it may still have refused the input).</summary>
    Allowed,
}

public static class AccessCheck
{
    public static async Task<Access> ClassifyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var location = response.Headers.Location?.ToString() ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when body.Contains("RelationsGraph.Security.Unauthenticated", StringComparison.Ordinal) => Access.Unauthenticated,
            HttpStatusCode.Redirect when location.Contains("/account/signin?returnUrl=", StringComparison.Ordinal) => Access.Unauthenticated,
            HttpStatusCode.Forbidden when body.Contains("RelationsGraph.Security.Forbidden", StringComparison.Ordinal) => Access.Forbidden,
            HttpStatusCode.Redirect when location.Contains("/account/denied", StringComparison.Ordinal) => Access.Forbidden,
            HttpStatusCode.BadRequest when body.Contains("RelationsGraph.Security.AntiforgeryTokenInvalid", StringComparison.Ordinal) => Access.NoAntiforgery,
            _ => Access.Allowed,
        };
    }

    /// <summary>A request as a page or script would send it: pages ask for HTML, the API for JSON; bodies as JSON or a form.</summary>
    public static HttpRequestMessage Request(string method, string url, object? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        var isApi = url.StartsWith("/api/", StringComparison.Ordinal);
        request.Headers.Accept.ParseAdd(isApi ? "application/json" : "text/html");
        request.Content = body switch
        {
            null => null,
            IDictionary<string, string> form => new FormUrlEncodedContent(form),
            _ => JsonContent.Create(body),
        };
        return request;
    }
}
