namespace RelationsGraph.Core.Errors;

/// <summary>
/// The one error type both graph backends raise. It carries a Neo4j status code
/// (for example <c>Neo.ClientError.Statement.SyntaxError</c>), a message and, where the
/// failure has a place in the query text, a one-based line and column.
/// </summary>
public class CypherException : Exception
{
    public CypherException(string code, string message, int? line = null, int? column = null, int? offset = null, string? detail = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Line = line;
        Column = column;
        Offset = offset;
        Detail = detail;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SemanticError</c>.</summary>
    public string Code { get; }

    /// <summary>One-based line of the offending position, when known.</summary>
    public int? Line { get; }

    /// <summary>One-based column of the offending position, when known.</summary>
    public int? Column { get; }

    /// <summary>Zero-based character offset of the offending position, when known.</summary>
    public int? Offset { get; }

    /// <summary>
    /// A finer classification in the openCypher TCK's vocabulary (e.g. <c>UndefinedVariable</c>,
    /// <c>InvalidArgumentType</c>), so conformance can be checked strictly. Null when not classified.
    /// </summary>
    public string? Detail { get; }

    /// <summary>The classification part of the code: ClientError, TransientError or DatabaseError.</summary>
    public string Classification => Code.Split('.') is { Length: > 1 } parts ? parts[1] : "DatabaseError";

    /// <summary>True for errors worth retrying (Neo4j's <c>Neo.TransientError.*</c>).</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
