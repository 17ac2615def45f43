using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>Registers the Neo4j backend.</summary>
public static class Neo4jServiceCollectionExtensions
{
    // CONTRACT (Neo4j workstream): implement; keep the signature. Registers IGraphBackend for Graph:Backend = Neo4j.
    public static IServiceCollection AddNeo4jBackend(this IServiceCollection services, IConfiguration configuration) =>
        throw new NotSupportedException("The Neo4j backend is not built yet.");
}
