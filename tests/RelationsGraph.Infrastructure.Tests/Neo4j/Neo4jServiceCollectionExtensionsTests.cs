using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Core.Backend;
using RelationsGraph.Infrastructure.Neo4j;

namespace RelationsGraph.Infrastructure.Tests.Neo4j;

public sealed class Neo4jServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddNeo4jBackend(configuration);
        return services.BuildServiceProvider();
    }

    private static IConfigurationRoot Memory(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    [Fact]
    public void AddNeo4jBackend_Configuration_BindsOptionsAndRegistersTheBackend()
    {
        using var provider = Build(Memory(new()
        {
            ["Graph:QueryTimeout"] = "00:00:42",
            ["Graph:MaxRows"] = "77",
            ["Graph:Neo4j:Uri"] = "http://localhost:7474",
            ["Graph:Neo4j:Database"] = "alliances",
            ["Graph:Neo4j:Password"] = "from-environment",
        }));
        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        options.Database.ShouldBe("alliances");
        options.QueryTimeout.ShouldBe(TimeSpan.FromSeconds(42));
        options.MaxRows.ShouldBe(77);
        provider.GetRequiredService<IGraphBackend>().Name.ShouldBe("neo4j");
    }

    [Fact]
    public void AddNeo4jBackend_NoUri_FailsValidationWithMessage()
    {
        using var provider = Build(Memory(new() { ["Graph:Neo4j:Password"] = "x" }));
        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value)
            .Message.ShouldContain("Graph__Neo4j__Uri");
    }

    [Fact]
    public void PasswordSource_PasswordInSettingsFile_NamesTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("rg-neo4j-");
        try
        {
            var file = Path.Combine(folder.FullName, "appsettings.json");
            File.WriteAllText(file, """{ "Graph": { "Neo4j": { "Password": "oops" } } }""");
            var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();
            Neo4jServiceCollectionExtensions.PasswordSource(configuration).ShouldNotBeNull().ShouldContain("appsettings.json");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void PasswordSource_PasswordFromEnvironmentOverridingFile_IsAccepted()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Neo4j:Password"] = "env" })
            .Build();
        Neo4jServiceCollectionExtensions.PasswordSource(configuration).ShouldBeNull();
    }
}
