using RelationsGraph.Core.Errors;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Builds the SyntaxError exceptions of the syntax stage, with Neo4j's position suffix and a caret line.</summary>
internal static class SyntaxError
{
    public static CypherException At(string query, int offset, int line, int column, string message, string detail = SyntaxMessages.UnexpectedSyntaxDetail)
    {
        var text = $"{message} (line {line}, column {column} (offset: {offset}))";
        var context = SourceLine(query, offset, column);
        if (context is not null)
        {
            text += "\n" + context;
        }

        return new CypherException(StatusCodes.SyntaxError, text, line, column, offset, detail);
    }

    public static CypherException At(string query, in Token token, string message, string detail = SyntaxMessages.UnexpectedSyntaxDetail) =>
        At(query, token.Offset, token.Line, token.Column, message, detail);

    /// <summary>The offending line quoted and a caret under the column, as Neo4j prints it; null for huge lines.</summary>
    private static string? SourceLine(string query, int offset, int column)
    {
        const int MaxLine = 400;
        if (offset > query.Length)
        {
            return null;
        }

        var start = offset - (column - 1);
        if (start < 0)
        {
            return null;
        }

        var end = query.IndexOfAny(['\n', '\r'], start);
        if (end < 0)
        {
            end = query.Length;
        }

        if (end - start > MaxLine)
        {
            return null;
        }

        return $"\"{query[start..end]}\"\n{new string(' ', column)}^";
    }
}
