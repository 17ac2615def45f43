using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>A statement that passed semantic analysis. CONTRACT (binder workstream): may gain members.</summary>
internal sealed record AnalyzedStatement(Statement Statement)
{
    /// <summary>True when the statement may change the graph or the schema (so it needs a write transaction).</summary>
    public bool IsWrite { get; init; }

    /// <summary>
    /// The result columns in order (<c>RETURN *</c> expanded alphabetically; a standalone procedure call gives
    /// its outputs). Empty for statements that return nothing.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>
    /// Names of every parameter the statement reads, including the inputs of standalone procedure calls
    /// written without arguments, so the executor can report a missing one before running anything.
    /// </summary>
    public IReadOnlySet<string> Parameters { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
