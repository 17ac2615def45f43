using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>A statement that passed semantic analysis. CONTRACT (binder workstream): may gain members.</summary>
internal sealed record AnalyzedStatement(Statement Statement);
