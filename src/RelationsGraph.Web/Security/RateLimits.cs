using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Security;

/// <summary>
/// The rate-limit policies: sign-in attempts per client address (against password guessing, beside lock-out), and
/// query runs per user (each can cost the store seconds), and the explorer's graph reads per user (neighbourhoods and
/// paths run Cypher too, but the explorer asks for many in a row, so their window is short and wide; see
/// <see cref="SecurityOptions.GraphRequestsPerWindow"/>). Refusals are 429 ProblemDetails with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Queries = "queries";
    public const string Graph = "graph";

    internal static IServiceCollection AddAppRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : (TimeSpan?)null;
                return new ValueTask(ProblemResponses.TooManyRequestsAsync(context.HttpContext, retryAfter));
            };
            limiter.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "local"),
                _ => PerMinute(http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.SignInPerMinute)));
            limiter.AddPolicy(Queries, http => RateLimitPartition.GetFixedWindowLimiter(
                "user:" + (http.User.Identity?.Name ?? "ip:" + http.Connection.RemoteIpAddress),
                _ => PerMinute(http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.QueriesPerMinute)));
            limiter.AddPolicy(Graph, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    "user:" + (http.User.Identity?.Name ?? "ip:" + http.Connection.RemoteIpAddress),
                    _ => Window(options.GraphRequestsPerWindow, TimeSpan.FromSeconds(options.GraphWindowSeconds)));
            });
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => Window(permits, TimeSpan.FromMinutes(1));

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
