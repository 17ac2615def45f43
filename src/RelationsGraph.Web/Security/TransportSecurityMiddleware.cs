using System.Net;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Security;

/// <summary>
/// Plain HTTP is served to this machine only (the local run over http://localhost, or a TLS proxy on this machine
/// that forwards the scheme); a plain request from elsewhere would carry the session cookie in clear and is refused,
/// unless <see cref="SecurityOptions.AllowPlainHttp"/> says the network is trusted. With it, session cookies are
/// marked Secure whenever the request came over HTTPS.
/// </summary>
internal sealed class TransportSecurityMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.IsHttps && !options.Value.AllowPlainHttp && !IsLocal(context.Connection.RemoteIpAddress))
        {
            return ProblemResponses.PlainHttpRefusedAsync(context);
        }

        return next(context);
    }

    /// <summary>Loopback, or no address at all (an in-process test server).</summary>
    internal static bool IsLocal(IPAddress? remote) => remote is null || IPAddress.IsLoopback(remote);
}
