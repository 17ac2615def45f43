using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

/// <summary>
/// The app over its own freshly seeded embedded store, so edits never disturb the shared seeded explorer. One per
/// test class; tests in a class make their own actors (<see cref="NewId"/>) so they do not depend on each other.
/// </summary>
public sealed class EditingApp : IDisposable
{
    private HttpClient? _client;

    public EditingApp()
        : this(null)
    {
    }

    private EditingApp(Action<IServiceCollection>? services) => Factory = new ExplorerFactory(null, "Development", services);

    /// <summary>An app whose services a test replaces or adds to.</summary>
    public static EditingApp With(Action<IServiceCollection> services) => new(services);

    public ExplorerFactory Factory { get; }

    /// <summary>A client that keeps cookies (the anti-forgery cookie) and does not follow redirects, so tests see them.</summary>
    public HttpClient Client => _client ??= Factory.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>An id no other test uses.</summary>
    public static string NewId(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    public void Dispose()
    {
        _client?.Dispose();
        Factory.Dispose();
    }
}
