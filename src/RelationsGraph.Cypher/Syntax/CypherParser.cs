using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Entry point of the syntax stage: text in, AST out, or a SyntaxError with its position.</summary>
internal static class CypherParser
{
    /// <summary>
    /// Parses one Cypher statement (an optional trailing ';' allowed). Every failure is a
    /// <see cref="Core.Errors.CypherException"/> with code Neo.ClientError.Statement.SyntaxError.
    /// </summary>
    public static Statement Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Parser.Parse(query);
    }
}
