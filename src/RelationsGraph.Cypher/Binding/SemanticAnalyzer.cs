using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>The binder: scopes, names and every compile-time error, before any data is touched.</summary>
internal static class SemanticAnalyzer
{
    /// <summary>
    /// Checks the statement and describes it; throws <see cref="Core.Errors.CypherException"/> for anything
    /// Neo4j rejects at compile time. Parameter values are not known here, so checks on them stay at run time.
    /// </summary>
    public static AnalyzedStatement Analyze(Statement statement, IProcedureCatalog procedures) =>
        new QueryBinder(procedures).Bind(statement);
}
