using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Security;

/// <summary>
/// A user whose password must change (a one-time password from first start or a reset) can reach only the account
/// pages until they change it: pages redirect there, everything else gets 403 saying why.
/// </summary>
internal sealed class PasswordChangeMiddleware(RequestDelegate next)
{
    public const string ChangePath = "/account/password";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true
            || !context.User.MustChange()
            || context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (SessionCookieEvents.WantsPage(context.Request))
        {
            var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{ChangePath}?returnUrl={Uri.EscapeDataString(back)}");
            return Task.CompletedTask;
        }

        return ProblemResponses.PasswordChangeRequiredAsync(context);
    }
}
