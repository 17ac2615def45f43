using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Entry point of the syntax stage: text in, AST out, or a SyntaxError with its position.</summary>
internal static class CypherParser
{
    // CONTRACT (parser workstream): replace the body; keep the signature.
    public static Statement Parse(string query) => throw new NotImplementedException("parser not written yet");
}
