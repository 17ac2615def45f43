using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>A parsed, analysed and planned statement, as the plan cache keeps it.</summary>
internal sealed class StatementPlan
{
    public required Statement Statement { get; init; }

    /// <summary>The query plan; null for a schema command.</summary>
    public QueryPlan? Query { get; init; }

    /// <summary>True when the statement may change data or schema (AccessMode.Read refuses it).</summary>
    public required bool Writes { get; init; }

    public bool IsSchemaCommand => Statement is CreateSchemaCommand or DropSchemaCommand or ShowSchemaCommand;

    public IReadOnlyList<string> Columns => Query?.Columns ?? [];
}
