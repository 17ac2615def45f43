using RelationsGraph.Cypher.Procedures;

namespace RelationsGraph.Cypher.Binding;

/// <summary>The procedures a statement may call; the executor implements it over the engine's registry.</summary>
internal interface IProcedureCatalog
{
    /// <summary>The procedure with this qualified name (case-sensitive as Neo4j), or null.</summary>
    ProcedureDefinition? Find(string qualifiedName);
}
