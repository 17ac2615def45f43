namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>
/// One app, seeded once, shared by the functional tests of the collection, with a client signed in for each role.
/// <see cref="Client"/> is the Viewer's: exploring is what a Viewer may do.
/// </summary>
public sealed class SeededExplorer : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public ExplorerFactory Factory { get; } = new();

    public HttpClient Client => As(TestUsers.Viewer);

    public HttpClient As(TestUser user) => _clients[user.Role];

    public async Task InitializeAsync()
    {
        foreach (var user in TestUsers.All)
        {
            _clients[user.Role] = await Factory.CreateClientAsync(user);
        }
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SeededExplorerCollection : ICollectionFixture<SeededExplorer>
{
    public const string Name = "seeded explorer";
}
