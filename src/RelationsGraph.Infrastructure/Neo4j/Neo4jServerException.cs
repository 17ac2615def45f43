using RelationsGraph.Core.Errors;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// A failure Neo4j (or a proxy in front of it) reported in an HTTP answer. It is a <see cref="CypherException"/>, so
/// callers see the same type as from the embedded store; the HTTP facts only steer retries.
/// </summary>
internal sealed class Neo4jServerException : CypherException
{
    public Neo4jServerException(string code, string message, int? httpStatus, TimeSpan? retryAfter = null, int? line = null, int? column = null, int? offset = null, Exception? innerException = null)
        : base(code, message, line, column, offset, innerException: innerException)
    {
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
    }

    public int? HttpStatus { get; }

    /// <summary>True when Neo4j itself wrote the error (an <c>errors</c> body), false when only a status was seen.</summary>
    public bool FromServerBody { get; init; }

    /// <summary>The server's or proxy's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
