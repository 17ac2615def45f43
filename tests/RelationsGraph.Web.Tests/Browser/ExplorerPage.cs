using System.Text.Json;
using Microsoft.Playwright;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>
/// One browser page on the explorer: collects page errors and console errors (a test fails on any), and
/// waits for the page's own readiness signal (<c>body[data-ready=true]</c>) instead of sleeping.
/// </summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private ExplorerPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => _errors.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"console error: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>
    /// Opens <paramref name="path"/> signed in as the fixture's Analyst, or with <paramref name="storageState"/> (null for the
    /// Analyst; "" for nobody); <paramref name="prepare"/> runs on the page before it navigates (routes to stub answers, say).
    /// </summary>
    public static async Task<ExplorerPage> OpenAsync(BrowserFixture fixture, string path = "/", string? storageState = null, bool waitReady = true, Func<IPage, Task>? prepare = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            AcceptDownloads = true,
            StorageState = storageState is null ? fixture.AnalystState : storageState.Length == 0 ? null : storageState,
        });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(context, page);
        if (prepare is not null)
        {
            await prepare(page);
        }

        await page.GotoAsync(path);
        if (waitReady)
        {
            await explorer.WaitReadyAsync();
        }

        return explorer;
    }

    public async Task WaitReadyAsync()
    {
        await Page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000, State = WaitForSelectorState.Attached });
    }

    public async Task<T> EvalAsync<T>(string script) => await Page.EvaluateAsync<T>(script);

    public Task<string[]> NodeIdsAsync() => EvalAsync<string[]>("() => relationsGraph.cy.nodes().map(n => n.id())");

    public Task<string[]> VisibleEdgeIdsAsync() => EvalAsync<string[]>("() => relationsGraph.network.visible().edges().map(e => e.id())");

    /// <summary>Where a node is drawn, in page coordinates.</summary>
    public async Task<(float X, float Y)> NodeOnPageAsync(string id)
    {
        var json = await EvalAsync<JsonElement>($$"""
            () => {
              const n = relationsGraph.cy.getElementById('{{id}}');
              const box = relationsGraph.cy.container().getBoundingClientRect();
              const p = n.renderedPosition();
              return { x: box.left + p.x, y: box.top + p.y };
            }
            """);
        return (json.GetProperty("x").GetSingle(), json.GetProperty("y").GetSingle());
    }

    public void ShouldHaveNoErrors() => _errors.ShouldBeEmpty();

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
    }
}
