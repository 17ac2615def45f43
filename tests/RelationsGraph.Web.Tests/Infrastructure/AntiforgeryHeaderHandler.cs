namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>Adds the page's anti-forgery token to every request that can change something, as wwwroot/js/api.js does.</summary>
public sealed class AntiforgeryHeaderHandler : DelegatingHandler
{
    public const string Header = "X-CSRF-TOKEN";

    public string? Token { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var safe = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options;
        if (!safe && Token is not null && !request.Headers.Contains(Header))
        {
            request.Headers.Add(Header, Token);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
