using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// Turns Neo4j's error bodies and bare HTTP statuses into <see cref="Neo4jServerException"/>. The code in the body
/// decides, never the HTTP status alone: transient errors arrive as 400 and stream errors inside a 202.
/// </summary>
internal static partial class Neo4jErrorReader
{
    /// <summary>The first entry of <c>errors</c>, when the body has a non-empty one.</summary>
    public static Neo4jServerException? FromBody(JsonElement root, int httpStatus, TimeSpan? retryAfter)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        // Beta-era servers wrote the code under "error".
        var code = ReadString(first, "code") ?? ReadString(first, "error") ?? StatusCodes.UnknownError;
        var message = ReadString(first, "message") ?? code;
        var (line, column, offset) = ReadPosition(first, message);
        return new Neo4jServerException(code, message, httpStatus, retryAfter, line, column, offset) { FromServerBody = true };
    }

    /// <summary>An answer without a Neo4j error body: classify by status, as a proxy or a broken server sent it.</summary>
    public static Neo4jServerException FromStatus(int httpStatus, TimeSpan? retryAfter, string? mediaType, bool bodyWasJson)
    {
        switch (httpStatus)
        {
            case (int)HttpStatusCode.TooManyRequests:
            case (int)HttpStatusCode.BadGateway:
            case (int)HttpStatusCode.ServiceUnavailable:
            case (int)HttpStatusCode.GatewayTimeout:
            case (int)HttpStatusCode.RequestTimeout:
                return new Neo4jServerException(StatusCodes.ServiceUnavailable, Neo4jMessages.Format(Neo4jMessages.ProxyStatus, httpStatus), httpStatus, retryAfter);
            case (int)HttpStatusCode.Unauthorized:
            case (int)HttpStatusCode.Forbidden:
                return new Neo4jServerException(StatusCodes.Unauthorized, Neo4jMessages.Format(Neo4jMessages.UnexpectedStatus, httpStatus), httpStatus);
        }

        if (!bodyWasJson && httpStatus is >= 200 and < 300)
        {
            return new Neo4jServerException(StatusCodes.UnknownError, Neo4jMessages.Format(Neo4jMessages.NotJson, httpStatus, mediaType ?? "no content type"), httpStatus);
        }

        if (!bodyWasJson && httpStatus is >= 400 and < 500)
        {
            // Neo4j writes every error it raises as JSON, so an HTML or text 4xx comes from something in front of it
            // (a proxy, a load balancer, a wrong base path): the store is out of reach, not the query at fault.
            return new Neo4jServerException(
                StatusCodes.ServiceUnavailable, Neo4jMessages.Format(Neo4jMessages.NotJsonError, httpStatus, mediaType ?? "no content type"), httpStatus, retryAfter);
        }

        var code = httpStatus >= 500 ? StatusCodes.UnknownError : StatusCodes.RequestInvalid;
        return new Neo4jServerException(code, Neo4jMessages.Format(Neo4jMessages.UnexpectedStatus, httpStatus), httpStatus);
    }

    /// <summary>A successful answer whose body did not have the shape its reader expects.</summary>
    public static Neo4jServerException Unreadable(int httpStatus, string? mediaType, Exception exception) =>
        new(StatusCodes.UnknownError, Neo4jMessages.Format(Neo4jMessages.Unreadable, httpStatus, mediaType ?? "no content type", exception.Message), httpStatus, innerException: exception);

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static (int? Line, int? Column, int? Offset) ReadPosition(JsonElement error, string message)
    {
        if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("position", out var position) && position.ValueKind == JsonValueKind.Object)
        {
            return (ReadInt(position, "line"), ReadInt(position, "column"), ReadInt(position, "offset"));
        }

        // Neo4j puts the position in the message text: "... (line 1, column 8 (offset: 7))".
        var match = PositionInMessage().Match(message);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture))
            : (null, null, null);
    }

    private static int? ReadInt(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    [GeneratedRegex(@"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")]
    private static partial Regex PositionInMessage();
}
