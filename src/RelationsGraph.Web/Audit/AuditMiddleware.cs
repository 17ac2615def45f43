using System.Globalization;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Audit;

/// <summary>
/// Records every request that can change something (any method but GET, HEAD, OPTIONS, TRACE) and every endpoint
/// marked <see cref="AuditedAttribute"/>, after it ran, whether it succeeded, was refused or failed: it sits after
/// authentication (it knows the user) and before authorization (refusals are recorded too). Only what actions note
/// in <see cref="AuditScope"/> beyond the route is kept; request bodies are never read here, so a password never
/// reaches the trail. Anonymous requests turned away for lack of a session are not recorded (they did nothing, and
/// would let anyone fill the trail); sign-in attempts are, and are rate-limited.
/// </summary>
internal sealed partial class AuditMiddleware(RequestDelegate next, AuditTrail trail, TimeProvider time, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, AuditScope scope)
    {
        var endpoint = context.GetEndpoint();
        var marked = endpoint?.Metadata.GetMetadata<AuditedAttribute>();
        if (marked is null && IsSafe(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var started = time.GetUtcNow();
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        var routeValues = context.Request.RouteValues
            .Where(v => v.Key is not ("controller" or "action") && v.Value is not null)
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key}={v.Value}"))
            .ToList();
        var status = 0;
        try
        {
            await next(context).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }
        catch (Exception ex)
        {
            status = GraphExceptionHandler.StatusOf(ex);
            scope.Note(outcome: ex is Core.Errors.CypherException cypher ? cypher.Code : null);
            throw;
        }
        finally
        {
            var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name! : scope.User;
            if (user is not null || status != StatusCodes.Status401Unauthorized)
            {
                var entry = new AuditEvent(
                    Guid.NewGuid().ToString("N"),
                    UserStore.Format(started),
                    user ?? "anonymous",
                    marked?.Action ?? $"{context.Request.Method} /{route ?? context.Request.Path.Value?.TrimStart('/')}",
                    scope.Target ?? (routeValues.Count == 0 ? null : string.Join(", ", routeValues)),
                    scope.Query,
                    scope.Parameters,
                    context.Connection.RemoteIpAddress?.ToString() ?? "in-process",
                    Outcome(status, scope.Outcome, scope.Refused),
                    status);
                await WriteAsync(entry).ConfigureAwait(false);
            }
        }
    }

    internal static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static string Outcome(int status, string? noted, bool refused)
    {
        var outcome = status switch
        {
            < 400 when refused => "refused",
            < 400 => "ok",
            StatusCodes.Status401Unauthorized => "unauthenticated",
            StatusCodes.Status403Forbidden => "denied",
            < 500 => "refused",
            _ => "failed",
        };
        return noted is null ? outcome : $"{outcome}: {noted}";
    }

    private async Task WriteAsync(AuditEvent entry)
    {
        try
        {
            // Not the request's token: an entry for a request the client gave up on is still written.
            await trail.RecordAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The store refused: the entry goes to the log instead, so that it is not lost.
            LogWriteFailed(ex, entry.User, entry.Action, entry.Target, entry.Outcome, entry.RemoteIp, entry.At);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit trail could not record: {User} {Action} {Target} → {Outcome} from {RemoteIp} at {At}.")]
    private partial void LogWriteFailed(Exception exception, string user, string action, string? target, string outcome, string remoteIp, string at);
}
