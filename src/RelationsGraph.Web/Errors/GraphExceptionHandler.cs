using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Security;
using HttpStatus = Microsoft.AspNetCore.Http.StatusCodes;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Errors;

/// <summary>
/// The one place that turns failures into ProblemDetails: the store's code, line and column as extensions,
/// never a stack trace or a path. A refusal found inside an action (<see cref="AccessDeniedException"/>) is a 403, a
/// body past its limit a 413, a refused edit (<see cref="EditException"/>) a validation problem with its code, per-field
/// errors and figures; anything else that is not a CypherException becomes a plain 500.
/// </summary>
internal sealed partial class GraphExceptionHandler(ILogger<GraphExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = exception switch
        {
            CypherException cypher => FromCypher(cypher),
            AccessDeniedException denied => Refusal(HttpStatus.Status403Forbidden, "Not allowed", denied.Message, ProblemResponses.ForbiddenCode),
            BadHttpRequestException { StatusCode: HttpStatus.Status413PayloadTooLarge } => Refusal(
                HttpStatus.Status413PayloadTooLarge, "The request is too large", ProblemResponses.TooLargeDetail(null), ProblemResponses.TooLargeCode),
            BadHttpRequestException bad => Refusal(bad.StatusCode, "Bad request", "The request could not be read.", Neo4jCodes.RequestInvalid),
            EditException edit => FromEdit(edit),
            _ => Unexpected(),
        };
        if (problem.Status >= HttpStatus.Status500InternalServerError)
        {
            LogServerError(exception, httpContext.Request.Path);
        }

        // A client that accepts no JSON (a browser page) still gets the problem, never the developer page or a bare 500.
        await ProblemResponses.WriteAsync(httpContext, problem, exception).ConfigureAwait(false);
        return true;
    }

    private static ProblemDetails Refusal(int status, string title, string detail, string code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>The status the handler answers <paramref name="exception"/> with (the audit trail records it before the answer is written).</summary>
    internal static int StatusOf(Exception exception) => exception switch
    {
        CypherException cypher => StatusFor(cypher),
        AccessDeniedException => HttpStatus.Status403Forbidden,
        BadHttpRequestException bad => bad.StatusCode,
        EditException edit => edit.Status,
        _ => HttpStatus.Status500InternalServerError,
    };

    internal static int StatusFor(CypherException exception) => exception.Code switch
    {
        Neo4jCodes.EntityNotFound => HttpStatus.Status404NotFound,
        Neo4jCodes.TransactionTimedOut => HttpStatus.Status504GatewayTimeout,
        ProblemResponses.TooLargeCode => HttpStatus.Status413PayloadTooLarge,
        Neo4jCodes.Unauthorized or Neo4jCodes.Forbidden or Neo4jCodes.DatabaseNotFound => HttpStatus.Status503ServiceUnavailable,
        _ when exception.IsTransient => HttpStatus.Status503ServiceUnavailable,
        _ when exception.Classification == "ClientError" => HttpStatus.Status400BadRequest,
        _ => HttpStatus.Status500InternalServerError,
    };

    private static ProblemDetails FromCypher(CypherException exception)
    {
        var status = StatusFor(exception);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status switch
            {
                HttpStatus.Status404NotFound => "Not found",
                HttpStatus.Status504GatewayTimeout => "The graph store took too long",
                HttpStatus.Status503ServiceUnavailable => "The graph store is unavailable",
                HttpStatus.Status400BadRequest => "The request cannot be answered",
                HttpStatus.Status413PayloadTooLarge => "The request is too large",
                _ => "The graph store failed",
            },
            Detail = exception.Message,
        };
        problem.Extensions["code"] = exception.Code;
        if (exception.Line is { } line)
        {
            problem.Extensions["line"] = line;
        }

        if (exception.Column is { } column)
        {
            problem.Extensions["column"] = column;
        }

        return problem;
    }

    internal static ProblemDetails FromEdit(EditException exception)
    {
        var problem = new ValidationProblemDetails(exception.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = exception.Status,
            Title = exception.Title,
            Detail = exception.Message,
        };
        problem.Extensions["code"] = exception.Code;
        foreach (var (key, value) in exception.Extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private static ProblemDetails Unexpected()
    {
        var problem = new ProblemDetails
        {
            Status = HttpStatus.Status500InternalServerError,
            Title = "Unexpected error",
            Detail = "The server failed to answer; the log has the details.",
        };
        problem.Extensions["code"] = Neo4jCodes.UnknownError;
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed.")]
    private partial void LogServerError(Exception exception, PathString path);
}
