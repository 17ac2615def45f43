using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

/// <summary>
/// The app over its own freshly seeded embedded store, so edits never disturb the shared seeded explorer, with an
/// Analyst's session (<see cref="Client"/>: editing is theirs) and a Viewer's. One per test class; tests in a class
/// make their own actors (<see cref="NewId"/>) so they do not depend on each other.
/// </summary>
public sealed class EditingApp : IAsyncLifetime
{
    public ExplorerFactory Factory { get; } = new();

    /// <summary>Signed in as the Analyst; keeps cookies, sends the anti-forgery header on writes, follows no redirects.</summary>
    public HttpClient Client { get; private set; } = null!;

    public HttpClient Viewer { get; private set; } = null!;

    /// <summary>An id no other test uses.</summary>
    public static string NewId(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    public async Task InitializeAsync()
    {
        Client = await Factory.CreateClientAsync(TestUsers.Analyst);
        Viewer = await Factory.CreateClientAsync(TestUsers.Viewer);
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        Viewer?.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
