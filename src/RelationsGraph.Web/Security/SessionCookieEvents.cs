using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Security;

/// <summary>
/// The session cookie's behaviour: every <see cref="AuthOptions.RevalidateInterval"/> the session is checked against
/// the store (a disabled or removed account, or a changed role or password, ends it); API and script requests get
/// 401/403 ProblemDetails instead of a redirect to the sign-in page.
/// </summary>
internal sealed partial class SessionCookieEvents(UserStore users, IOptions<AuthOptions> options, TimeProvider time, ILogger<SessionCookieEvents> logger)
    : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var name = principal?.Identity?.Name;
        if (principal is null || name is null)
        {
            context.RejectPrincipal();
            return;
        }

        var now = time.GetUtcNow();
        if (principal.Checked() is { } checkedAt && now - checkedAt < options.Value.RevalidateInterval)
        {
            return;
        }

        UserAccount? user;
        try
        {
            user = await users.FindAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Fail closed: a session that cannot be checked is not trusted.
            LogCheckFailed(ex, name);
            context.RejectPrincipal();
            return;
        }

        if (user is null || user.Disabled || user.Role is null || user.Stamp != principal.FindFirst(SessionClaims.Stamp)?.Value)
        {
            LogSessionEnded(name);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return;
        }

        context.ReplacePrincipal(SessionClaims.For(user, now));
        context.ShouldRenew = true;
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        WantsPage(context.Request)
            ? base.RedirectToLogin(context)
            : ProblemResponses.UnauthenticatedAsync(context.HttpContext);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        WantsPage(context.Request)
            ? base.RedirectToAccessDenied(context)
            : ProblemResponses.ForbiddenAsync(context.HttpContext, "Your role does not allow this.");

    /// <summary>A page navigation (a GET outside /api that asks for HTML) is redirected; everything else gets a status.</summary>
    internal static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "The session of {User} ended: the account changed, was disabled or is gone.")]
    private partial void LogSessionEnded(string user);

    [LoggerMessage(Level = LogLevel.Error, Message = "The session of {User} could not be checked against the security store; it is refused.")]
    private partial void LogCheckFailed(Exception exception, string user);
}
