using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>
/// The app over the real embedded store in a temporary SQLite file (deleted on dispose unless the
/// caller passed its own path), optionally in another environment or with services replaced.
/// </summary>
public sealed class ExplorerFactory : WebApplicationFactory<Program>
{
    private readonly string? _ownedFolder;

    public ExplorerFactory()
        : this(null)
    {
    }

    public ExplorerFactory(string? storePath, string environment = "Development", Action<IServiceCollection>? services = null, string? contentRoot = null)
    {
        if (storePath is null)
        {
            _ownedFolder = Directory.CreateTempSubdirectory("rg-web-tests-").FullName;
            storePath = Path.Combine(_ownedFolder, "graph.db");
        }

        StorePath = storePath;
        EnvironmentName = environment;
        _services = services;
        _contentRoot = contentRoot;
    }

    private readonly Action<IServiceCollection>? _services;
    private readonly string? _contentRoot;

    public string StorePath { get; }

    public string EnvironmentName { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Graph:Backend", "Embedded");
        builder.UseSetting("Graph:Embedded:Path", StorePath);
        if (_contentRoot is not null)
        {
            builder.UseContentRoot(_contentRoot);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownedFolder is not null)
        {
            TryDelete(_ownedFolder);
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a late finaliser; the temp folder is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
