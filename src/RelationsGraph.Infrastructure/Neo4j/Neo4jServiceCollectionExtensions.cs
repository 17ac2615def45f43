using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>Registers the Neo4j backend.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the backend uses; add handlers to it to observe or fake traffic.</summary>
    public const string HttpClientName = "neo4j";

    /// <summary>
    /// Registers <see cref="IGraphBackend"/> as Neo4j over HTTP, bound to <c>Graph:Neo4j</c>, with a start-up step that
    /// discovers the server, checks credentials and database, and applies <c>cypher/schema</c>.
    /// </summary>
    public static IServiceCollection AddNeo4jBackend(this IServiceCollection services, IConfiguration configuration)
    {
        var graph = configuration.GetSection("Graph");
        services.AddOptions<Neo4jOptions>()
            .Configure(o =>
            {
                // Graph-wide defaults first; Graph:Neo4j overrides them in the Bind below.
                if (TimeSpan.TryParse(graph["QueryTimeout"], CultureInfo.InvariantCulture, out var timeout))
                {
                    o.QueryTimeout = timeout;
                }

                o.MaxRows = int.TryParse(graph["MaxRows"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var maxRows) ? maxRows : 10_000;
            })
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .Validate(o => o.Uri is { IsAbsoluteUri: true }, Neo4jMessages.NoUri)
            .Validate(o => o.Uri is not { IsAbsoluteUri: true } || string.IsNullOrEmpty(o.Uri.UserInfo), Neo4jMessages.UriWithCredentials)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Database), "Graph:Neo4j:Database must not be empty.")
            .Validate(o => o.QueryTimeout > TimeSpan.Zero, "Graph:Neo4j:QueryTimeout must be positive.")
            .Validate(_ => PasswordSource(configuration) is null, Neo4jMessages.PasswordInFile)
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // Timeouts are the resilience pipeline's; HttpClient's own 100 s would cut long queries short.
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new Neo4jGraphBackend(
                () => factory.CreateClient(HttpClientName),
                sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<Neo4jGraphBackend>>() ?? NullLogger<Neo4jGraphBackend>.Instance);
        });
        services.AddSingleton<IGraphBackend>(sp => sp.GetRequiredService<Neo4jGraphBackend>());
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(sp => new Neo4jStartup(
            sp.GetRequiredService<Neo4jGraphBackend>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>(),
            sp.GetService<ILogger<Neo4jStartup>>() ?? NullLogger<Neo4jStartup>.Instance));
        return services;
    }

    /// <summary>
    /// The settings file the password comes from, when it comes from one other than user-secrets; null when it comes
    /// from the environment, user-secrets, the command line or memory. A file provider names itself
    /// "JsonConfigurationProvider for 'appsettings.json' (Optional)".
    /// </summary>
    internal static string? PasswordSource(IConfiguration configuration) =>
        ConfigurationSecrets.FileSource(configuration, Neo4jOptions.SectionName + ":Password");
}
