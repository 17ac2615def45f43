using System.Collections.Concurrent;
using RelationsGraph.Cypher.Binding;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Procedures;

/// <summary>The procedures CALL can reach: the built-ins over the store, and any registered later.</summary>
internal sealed class ProcedureRegistry : IProcedureCatalog
{
    private readonly ConcurrentDictionary<string, ProcedureDefinition> _procedures = new(StringComparer.Ordinal);

    public ProcedureRegistry(GraphStore store)
    {
        Register(new ProcedureDefinition(
            "db.labels",
            [],
            [new ProcedureField("label", "STRING?")],
            _ => store.LabelsInUse().Order(StringComparer.Ordinal).Select(l => (IReadOnlyList<object?>)[l]).ToList()));
        Register(new ProcedureDefinition(
            "db.relationshipTypes",
            [],
            [new ProcedureField("relationshipType", "STRING?")],
            _ => store.RelationshipTypesInUse().Order(StringComparer.Ordinal).Select(t => (IReadOnlyList<object?>)[t]).ToList()));
        Register(new ProcedureDefinition(
            "db.propertyKeys",
            [],
            [new ProcedureField("propertyKey", "STRING?")],
            _ => store.PropertyKeysInUse().Order(StringComparer.Ordinal).Select(k => (IReadOnlyList<object?>)[k]).ToList()));
    }

    /// <summary>Raised when the set of procedures changes, so cached plans that bound to the old set are dropped.</summary>
    public event EventHandler? Changed;

    public void Register(ProcedureDefinition procedure)
    {
        _procedures[procedure.Name] = procedure;
        Changed?.Invoke(this, EventArgs.Empty);
    }

    public ProcedureDefinition? Find(string qualifiedName) => _procedures.GetValueOrDefault(qualifiedName);
}
