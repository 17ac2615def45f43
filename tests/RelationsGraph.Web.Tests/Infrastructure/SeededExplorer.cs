namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>One app, seeded once, shared by the functional tests of the collection.</summary>
public sealed class SeededExplorer : IDisposable
{
    public ExplorerFactory Factory { get; } = new();

    public HttpClient Client => _client ??= Factory.CreateClient();

    private HttpClient? _client;

    public void Dispose()
    {
        _client?.Dispose();
        Factory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SeededExplorerCollection : ICollectionFixture<SeededExplorer>
{
    public const string Name = "seeded explorer";
}
