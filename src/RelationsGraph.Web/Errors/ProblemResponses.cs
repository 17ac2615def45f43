using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using HttpStatus = Microsoft.AspNetCore.Http.StatusCodes;

namespace RelationsGraph.Web.Errors;

/// <summary>
/// The ProblemDetails the app answers with when it refuses a request without an exception: not signed in, not
/// allowed, too many requests, too large, anti-forgery, plain HTTP. Worded here, beside the exception handler, so
/// that every refusal has the same shape (title, detail, <c>code</c>) and none carries internals.
/// </summary>
internal static class ProblemResponses
{
    public const string UnauthenticatedCode = "RelationsGraph.Security.Unauthenticated";
    public const string ForbiddenCode = "RelationsGraph.Security.Forbidden";
    public const string PasswordChangeRequiredCode = "RelationsGraph.Security.PasswordChangeRequired";
    public const string AntiforgeryCode = "RelationsGraph.Security.AntiforgeryTokenInvalid";
    public const string PlainHttpCode = "RelationsGraph.Security.PlainHttpRefused";
    public const string RateLimitedCode = "RelationsGraph.Request.RateLimited";
    public const string TooLargeCode = "RelationsGraph.Request.TooLarge";

    public static Task UnauthenticatedAsync(HttpContext context) =>
        WriteAsync(context, HttpStatus.Status401Unauthorized, "Sign-in required", "Sign in to use RelationsGraph.", UnauthenticatedCode);

    public static Task ForbiddenAsync(HttpContext context, string detail) =>
        WriteAsync(context, HttpStatus.Status403Forbidden, "Not allowed", detail, ForbiddenCode);

    public static Task PasswordChangeRequiredAsync(HttpContext context) =>
        WriteAsync(context, HttpStatus.Status403Forbidden, "Password change required",
            "Choose a new password (at /account/password) before going on.", PasswordChangeRequiredCode);

    public static Task PlainHttpRefusedAsync(HttpContext context) =>
        WriteAsync(context, HttpStatus.Status400BadRequest, "HTTPS required",
            "This server answers plain HTTP on this machine only; use HTTPS.", PlainHttpCode);

    public static Task TooManyRequestsAsync(HttpContext context, TimeSpan? retryAfter)
    {
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return WriteAsync(context, HttpStatus.Status429TooManyRequests, "Too many requests",
            $"Too many requests in a short time; try again in {seconds} s.", RateLimitedCode);
    }

    public static Task TooLargeAsync(HttpContext context, long limit) =>
        WriteAsync(context, HttpStatus.Status413PayloadTooLarge, "The request is too large", TooLargeDetail(limit), TooLargeCode);

    internal static string TooLargeDetail(long? limit) => limit is { } bytes
        ? $"The request body is larger than the {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes this endpoint accepts."
        : "The request body is larger than this endpoint accepts.";

    internal static ProblemDetails AntiforgeryProblem()
    {
        var problem = new ProblemDetails
        {
            Status = HttpStatus.Status400BadRequest,
            Title = "Anti-forgery check failed",
            Detail = "The request lacks a valid anti-forgery token; reload the page and try again.",
        };
        problem.Extensions["code"] = AntiforgeryCode;
        return problem;
    }

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        await WriteAsync(context, problem).ConfigureAwait(false);
    }

    /// <summary>
    /// Through the ProblemDetails service (which adds the type and trace id) when the client accepts JSON; as plain
    /// problem+json otherwise (a browser's form post), so no refusal is ever an empty body or an error page.
    /// </summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem, Exception? exception = null)
    {
        context.Response.StatusCode = problem.Status ?? HttpStatus.Status500InternalServerError;
        var service = context.RequestServices.GetService<IProblemDetailsService>();
        if (service is not null && AcceptsJson(context.Request)
            && await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false))
        {
            return;
        }

        problem.Extensions["traceId"] = context.TraceIdentifier;
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json").ConfigureAwait(false);
    }

    private static bool AcceptsJson(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Length == 0 || accept.Contains("json", StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*", StringComparison.Ordinal);
    }
}
