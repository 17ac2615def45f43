namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// How a row becomes an actor. Without an id column the id is made from the name (lower case, words joined by
/// hyphens). <see cref="Properties"/> maps declared actor properties (cypher/registry.json, actorProperties)
/// to values; <see cref="PropertiesFromColumns"/> takes every column named like a declared property.
/// </summary>
public sealed record ActorSpec
{
    public KeySpec? Id { get; init; }

    public ValueSpec? Name { get; init; }

    public ValueSpec? Kind { get; init; }

    public AliasesSpec? Aliases { get; init; }

    public ValueSpec? Country { get; init; }

    public ValueSpec? Description { get; init; }

    public IReadOnlyDictionary<string, ValueSpec>? Properties { get; init; }

    public bool PropertiesFromColumns { get; init; }
}
