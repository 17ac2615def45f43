using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>One seeded app shared by the import tests of a class, with an Analyst signed in; tests use their own ids so they do not meet.</summary>
public sealed class ImportApp : IAsyncLifetime
{
    public ExplorerFactory Factory { get; } = new();

    public ImportClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await ImportClient.CreateAsync(Factory);

    public Task DisposeAsync()
    {
        Client.Http.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
