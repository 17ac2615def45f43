using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>
/// The app over the real embedded store in a temporary SQLite file (deleted on dispose unless the
/// caller passed its own path; the security store sits beside it), optionally in another environment, with
/// services replaced or settings added. It starts with the three <see cref="TestUsers"/> unless told not to.
/// </summary>
public sealed class ExplorerFactory : WebApplicationFactory<Program>
{
    private readonly string? _ownedFolder;

    public ExplorerFactory()
        : this(null)
    {
    }

    public ExplorerFactory(
        string? storePath,
        string environment = "Development",
        Action<IServiceCollection>? services = null,
        string? contentRoot = null,
        IReadOnlyDictionary<string, string>? settings = null,
        bool withUsers = true)
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
        _settings = settings;
        _withUsers = withUsers;
    }

    private readonly Action<IServiceCollection>? _services;
    private readonly string? _contentRoot;
    private readonly IReadOnlyDictionary<string, string>? _settings;
    private readonly bool _withUsers;

    public string StorePath { get; }

    public string EnvironmentName { get; }

    /// <summary>Signs in as <paramref name="user"/> through the sign-in page (see <see cref="SignIn"/>).</summary>
    public Task<HttpClient> ClientAsync(TestUser user) => this.CreateClientAsync(user);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Graph:Backend", "Embedded");
        builder.UseSetting("Graph:Embedded:Path", StorePath);
        // Functional tests run many queries and sign-ins a minute from one address; the limits themselves are tested
        // with their own settings.
        builder.UseSetting("Security:QueriesPerMinute", "100000");
        builder.UseSetting("Security:SignInPerMinute", "100000");
        if (_withUsers)
        {
            foreach (var (key, value) in TestUsers.Configuration)
            {
                builder.UseSetting(key, value);
            }
        }

        foreach (var (key, value) in _settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

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
