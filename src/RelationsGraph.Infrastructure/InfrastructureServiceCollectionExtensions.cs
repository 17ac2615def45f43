using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RelationsGraph.Infrastructure;

/// <summary>Adds the configured graph store (<c>Graph:Backend</c>) as the app's <see cref="Core.Backend.IGraphBackend"/>.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    // CONTRACT (lead): registers IGraphBackend (singleton) per Graph:Backend, and GraphOptions.
    public static IServiceCollection AddGraphBackend(this IServiceCollection services, IConfiguration configuration) =>
        throw new NotImplementedException();
}
