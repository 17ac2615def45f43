using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Infrastructure.Embedded;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Infrastructure;

/// <summary>Adds the configured graph store (<c>Graph:Backend</c>) as the app's <see cref="IGraphBackend"/>.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphOptions"/> and one <see cref="IGraphBackend"/> singleton: the embedded engine
    /// persisted in SQLite (default), or Neo4j over HTTP when <c>Graph:Backend</c> is <c>Neo4j</c>.
    /// </summary>
    public static IServiceCollection AddGraphBackend(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphOptions.SectionName);
        services.AddOptions<GraphOptions>()
            .Bind(section)
            .Validate(o => o.Backend.Equals("Embedded", StringComparison.OrdinalIgnoreCase) || o.Backend.Equals("Neo4j", StringComparison.OrdinalIgnoreCase),
                "Graph:Backend must be 'Embedded' or 'Neo4j'.")
            .Validate(o => o.QueryTimeout > TimeSpan.Zero, "Graph:QueryTimeout must be positive.")
            .Validate(o => o.MaxRows > 0, "Graph:MaxRows must be positive.")
            .ValidateOnStart();

        var backend = section["Backend"] ?? "Embedded";
        if (backend.Equals("Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            return services.AddNeo4jBackend(configuration);
        }

        services.AddSingleton<IGraphBackend>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            var path = EmbeddedStorePath.Resolve(options.Embedded.Path);
            var persistence = new SqliteGraphPersistence(path);
            var engine = new CypherEngine(
                new CypherEngineOptions
                {
                    DefaultTimeout = options.QueryTimeout,
                    MaxRows = options.MaxRows,
                    TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System,
                },
                persistence);
            return new EmbeddedGraphBackend(engine, persistence, "SQLite file " + path);
        });
        return services;
    }
}
