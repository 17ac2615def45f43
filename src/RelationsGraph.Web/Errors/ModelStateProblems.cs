using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Errors;

/// <summary>
/// The framework's own 400s: a query or route value that does not bind (<c>depth=abc</c>), a JSON body that does not
/// parse or bind. They carry the same <c>code</c> every other error of the app carries, a detail that names what was
/// wrong and, for a JSON body that does not read, the line and byte (one-based) and JSON path where the reader
/// stopped, so clients need no special case.
/// </summary>
internal static class ModelStateProblems
{
    public const string ProblemJson = "application/problem+json";

    public static void AddCode(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is ValidationProblemDetails { Status: StatusCodes.Status400BadRequest } problem
            && !problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = Neo4jCodes.RequestInvalid;
        }
    }

    /// <summary>
    /// Stands in for <see cref="ApiBehaviorOptions.InvalidModelStateResponseFactory"/>. The content type is set here
    /// and kept by <see cref="ProblemContentTypeFilter"/>, which runs after the controllers' <c>[Produces]</c>.
    /// </summary>
    public static IActionResult Respond(ActionContext context)
    {
        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(context.HttpContext, context.ModelState, StatusCodes.Status400BadRequest);
        problem.Extensions.TryAdd("code", Neo4jCodes.RequestInvalid);

        // The JSON formatter is told (in AddApiErrorHandling) to keep the reader's exception rather than only its
        // message, so the position comes from its fields and not from parsing the message text.
        var (jsonKey, json) = context.ModelState
            .SelectMany(entry => (entry.Value?.Errors ?? []).Select(error => (entry.Key, Error: error.Exception as JsonException)))
            .FirstOrDefault(found => found.Error is not null);
        if (json is not null)
        {
            // The reader's message ends with its own zero-based position; the detail gives it one-based instead.
            var message = json.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            message = cut >= 0 ? message[..cut] : message;
            problem.Title = "The request body could not be read";
            problem.Detail = json.LineNumber is { } line && json.BytePositionInLine is { } position
                ? string.Create(CultureInfo.InvariantCulture, $"The JSON body is invalid at line {line + 1}, byte {position + 1}: {message}")
                : $"The JSON body is invalid: {message}";
            if (json.LineNumber is { } zeroLine)
            {
                problem.Extensions["line"] = zeroLine + 1;
            }

            if (json.BytePositionInLine is { } zeroByte)
            {
                problem.Extensions["column"] = zeroByte + 1;
            }

            problem.Errors[jsonKey] = [problem.Detail];
            if (!string.IsNullOrEmpty(json.Path))
            {
                problem.Extensions["path"] = json.Path;
            }
        }
        else
        {
            problem.Detail ??= string.Join(" ", problem.Errors
                .Where(e => e.Value.Length > 0)
                .Select(e => e.Key.Length == 0 ? e.Value[0] : $"{e.Key}: {e.Value[0]}"));
        }

        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { ProblemJson } };
    }
}
