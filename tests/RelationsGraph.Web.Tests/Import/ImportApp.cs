using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>One seeded app shared by the import tests of a class; tests use their own ids so they do not meet.</summary>
public sealed class ImportApp : IDisposable
{
    private readonly Lazy<ImportClient> _client;

    public ImportApp() => _client = new Lazy<ImportClient>(() => new ImportClient(Factory));

    public ExplorerFactory Factory { get; } = new();

    public ImportClient Client => _client.Value;

    public void Dispose() => Factory.Dispose();
}
