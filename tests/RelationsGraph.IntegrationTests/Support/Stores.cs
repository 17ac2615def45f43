using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Infrastructure;
using RelationsGraph.Infrastructure.Neo4j;

namespace RelationsGraph.IntegrationTests.Support;

/// <summary>Builds each store the way the app does: through <c>AddGraphBackend</c> and configuration alone.</summary>
internal static class Stores
{
    public static ServiceProvider Embedded() => Build(new Dictionary<string, string?>
    {
        ["Graph:Backend"] = "Embedded",
        ["Graph:Embedded:Path"] = ":memory:",
    });

    public static ServiceProvider Neo4j() => Build(new Dictionary<string, string?>
    {
        ["Graph:Backend"] = "Neo4j",
        ["Graph:Neo4j:Uri"] = Live.LiveNeo4j.Uri,
        ["Graph:Neo4j:User"] = Live.LiveNeo4j.User,
        ["Graph:Neo4j:Password"] = Live.LiveNeo4j.Password,
        ["Graph:Neo4j:Database"] = Live.LiveNeo4j.Database,
        ["Graph:QueryTimeout"] = "00:01:00",
    });

    public static ServiceProvider Build(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddGraphBackend(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Applies cypher/schema then cypher/seed, one statement per request, as the app's initializer does.</summary>
    public static async Task LoadSchemaAndSeedAsync(IGraphBackend backend)
    {
        foreach (var folder in new[] { "schema", "seed" })
        {
            foreach (var file in RepoFiles.CypherFiles(folder))
            {
                foreach (var statement in CypherScript.Split(await File.ReadAllTextAsync(file)))
                {
                    try
                    {
                        await backend.RunAsync(new QueryRequest(statement, Mode: AccessMode.Write, Timeout: TimeSpan.FromMinutes(1)));
                    }
                    catch (CypherException ex) when (ex.Code == StatusCodes.EquivalentSchemaRuleAlreadyExists)
                    {
                    }
                }
            }
        }
    }
}
