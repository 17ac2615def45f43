using Microsoft.Playwright;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>
/// The page's answer to a store that stops answering (the Neo4j circuit breaker open, the server down): a banner at
/// once, retries against /health, and the banner gone when the store is back. The server's 503 itself is covered by
/// the functional tests; here the browser is given 503s so the client's side is seen on its own.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class StoreBannerTests(BrowserFixture fixture)
{
    private const string Unavailable = """
        {"type":"https://neo4j.com/docs/status-codes/current/errors/","title":"The graph store is unavailable","status":503,
         "detail":"circuit open","code":"Neo.TransientError.General.DatabaseUnavailable"}
        """;

    [Fact]
    public async Task StoreUnavailable_ACallAnswers503_ShowsTheBannerUntilHealthAnswersAgain()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var page = explorer.Page;
        var banner = page.Locator("#store-banner");
        (await banner.CountAsync()).ShouldBe(0);

        await page.RouteAsync("**/api/actors?*", route => route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = Unavailable }));
        await page.RouteAsync("**/health", route => route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = Unavailable }));
        await page.Locator("#search-input").FillAsync("Russia");

        await banner.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        (await banner.InnerTextAsync()).ShouldStartWith("Graph database unavailable, retrying");
        (await banner.GetAttributeAsync("role")).ShouldBe("alert");

        // Still down at the first retry: the banner stays.
        await page.WaitForResponseAsync(r => r.Url.EndsWith("/health", StringComparison.Ordinal), new() { Timeout = 10_000 });
        (await banner.IsVisibleAsync()).ShouldBeTrue();

        await page.UnrouteAsync("**/health");
        await banner.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 10_000 });
        explorer.Errors.Where(e => e.StartsWith("page error", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
