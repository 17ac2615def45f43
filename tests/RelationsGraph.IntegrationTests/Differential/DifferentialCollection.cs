namespace RelationsGraph.IntegrationTests.Differential;

[CollectionDefinition(Name)]
public sealed class DifferentialCollection : ICollectionFixture<DifferentialFixture>
{
    public const string Name = "Differential: embedded store against live Neo4j";
}
