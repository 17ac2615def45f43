using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Core.Backend;
using RelationsGraph.Infrastructure.Embedded;
using RelationsGraph.Infrastructure.Neo4j;

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
            return EmbeddedStores.Open(
                EmbeddedStorePath.Resolve(options.Embedded.Path),
                options.QueryTimeout,
                options.MaxRows,
                sp.GetService<TimeProvider>() ?? TimeProvider.System);
        });
        return services;
    }
}
