using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.IntegrationTests.Live;
using RelationsGraph.IntegrationTests.Support;

namespace RelationsGraph.IntegrationTests.Differential;

/// <summary>
/// Both stores loaded with cypher/schema and cypher/seed. The live Neo4j database is wiped first, so point
/// <c>RELATIONSGRAPH_NEO4J_URI</c> (and <c>RELATIONSGRAPH_NEO4J_DATABASE</c>) at a scratch database. Without a
/// live server nothing is built and every test reports itself skipped.
/// </summary>
public sealed class DifferentialFixture : IAsyncLifetime
{
    private ServiceProvider? _embeddedServices;
    private ServiceProvider? _neo4jServices;

    public IGraphBackend Embedded { get; private set; } = null!;

    public IGraphBackend Neo4j { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!LiveNeo4j.Available)
        {
            return;
        }

        _embeddedServices = Stores.Embedded();
        _neo4jServices = Stores.Neo4j();
        Embedded = _embeddedServices.GetRequiredService<IGraphBackend>();
        Neo4j = _neo4jServices.GetRequiredService<IGraphBackend>();
        await _neo4jServices.GetRequiredService<Neo4jGraphBackend>().InitializeAsync();
        await Neo4j.RunAsync(new QueryRequest("MATCH (n) DETACH DELETE n", Mode: AccessMode.Write, Timeout: TimeSpan.FromMinutes(5)));
        await Stores.LoadSchemaAndSeedAsync(Embedded);
        await Stores.LoadSchemaAndSeedAsync(Neo4j);
    }

    public async Task DisposeAsync()
    {
        if (_embeddedServices is not null)
        {
            await _embeddedServices.DisposeAsync();
        }

        if (_neo4jServices is not null)
        {
            await _neo4jServices.DisposeAsync();
        }
    }
}
