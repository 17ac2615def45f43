using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>The binder: scopes, names and every compile-time error, before any data is touched.</summary>
internal static class SemanticAnalyzer
{
    // CONTRACT (binder workstream): replace the body; keep the signature.
    public static AnalyzedStatement Analyze(Statement statement, IProcedureCatalog procedures) => new(statement);
}
