using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>
/// The editing forms in Chromium. The app runs on its own store (edits must not change what the explorer tests see);
/// the browser is the shared one.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class EditingPagesTests(BrowserFixture fixture) : IDisposable
{
    private readonly ExplorerFactory _app = StartApp();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task NewTieForm_WithEvidence_IsSavedAndShownOnTheTiePageAndInTheExplorer()
    {
        var errors = new List<string>();
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress(_app).ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await SignInAsync(page, TestUsers.Analyst);
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console error: {message.Text}");
            }
        };

        // From the explorer's page links to the editing start page, and on to a new tie from North Korea.
        await page.GotoAsync("/");
        await page.Locator("a.edit-link").ClickAsync();
        await page.WaitForURLAsync("**/edit");
        await page.Locator("tr", new() { HasText = "North Korea" }).First.GetByRole(AriaRole.Link, new() { Name = "New tie from here" }).ClickAsync();
        await page.WaitForURLAsync("**/edit/ties/new?source=north-korea");
        (await page.Locator("#source").InputValueAsync()).ShouldBe("north-korea");

        await page.Locator("#type").SelectOptionAsync("ARMS_TRANSFER");
        await page.Locator("#target").FillAsync("russia");
        await page.Locator("#status").SelectOptionAsync("alleged");
        await page.Locator("#phase").SelectOptionAsync("in-force");
        await page.Locator("#validFrom").FillAsync("2023-09");
        await page.Locator("#reportedOn").FillAsync("2023-09-13");
        await page.Locator("#confidence").FillAsync("60");
        await page.Locator("#summary").FillAsync("North Korean artillery shells reported supplied to Russia.");
        await page.Locator("#evidenceSourceId").SelectOptionAsync("seed-report");
        await page.Locator("#evidenceStance").SelectOptionAsync("asserts");
        await page.Locator("#evidenceQuote").FillAsync("Shells were shipped by rail, the spy agency said.");
        await page.Locator("#evidenceBy").FillAsync("nis");
        await page.Locator("#evidenceAccessed").FillAsync("2024-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create tie" }).ClickAsync();

        // The tie page: saved, with its evidence and the first entries of its history.
        await page.WaitForURLAsync("**/edit/ties/north-korea-arms-transfer-russia");
        (await page.Locator("[data-testid='saved']").InnerTextAsync()).ShouldBe("Tie created with its evidence.");
        (await page.Locator("[data-testid='tie-title']").InnerTextAsync()).ShouldBe("North Korea – Arms transfer – Russia");
        (await page.Locator("#validFrom").InputValueAsync()).ShouldBe("2023-09");
        var evidence = await page.Locator("[data-testid='tie-evidence']").InnerTextAsync();
        evidence.ShouldContain("National Intelligence Service");
        evidence.ShouldContain("Shells were shipped by rail, the spy agency said.");
        var history = await page.Locator("[data-testid='tie-history'] tbody tr").AllInnerTextsAsync();
        history.Count.ShouldBe(3);
        history.ShouldContain(row => row.Contains("status", StringComparison.Ordinal) && row.Contains("alleged", StringComparison.Ordinal));

        // A change of judgement through the same form joins the history.
        await page.Locator("#status").SelectOptionAsync("confirmed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save tie" }).ClickAsync();
        await page.Locator("[data-testid='saved']", new() { HasText = "Tie saved (version 2)." }).WaitForAsync();
        (await page.Locator("[data-testid='tie-history'] tbody tr").AllInnerTextsAsync())
            .ShouldContain(row => row.Contains("alleged", StringComparison.Ordinal) && row.Contains("confirmed", StringComparison.Ordinal));

        // The explorer shows the new tie and its evidence, and links back to the form.
        await page.GetByRole(AriaRole.Link, new() { Name = "Show in the explorer" }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        (await page.EvaluateAsync<bool>("() => relationsGraph.cy.getElementById('north-korea-arms-transfer-russia').nonempty()")).ShouldBeTrue();
        var details = page.Locator("#details");
        await details.Locator("section", new() { HasText = "Arms transfer" }).GetByRole(AriaRole.Button).ClickAsync();
        await details.Locator(".badge.asserts").First.WaitForAsync();
        (await details.InnerTextAsync()).ShouldContain("Shells were shipped by rail, the spy agency said.");
        (await details.Locator("[data-testid='edit-tie']").GetAttributeAsync("href")).ShouldBe("/edit/ties/north-korea-arms-transfer-russia");

        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task NewTieForm_Invalid_ShowsTheMessagesBesideTheFields()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress(_app).ToString() });
        var page = await context.NewPageAsync();
        await SignInAsync(page, TestUsers.Analyst);
        await page.GotoAsync("/edit/ties/new?source=ukraine");
        await page.Locator("#type").SelectOptionAsync("AID");
        await page.Locator("#target").FillAsync("ukraine");
        await page.Locator("#status").SelectOptionAsync("reported");
        await page.Locator("#validFrom").FillAsync("2024-06");
        await page.Locator("#validTo").FillAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create tie" }).ClickAsync();
        await page.Locator("[data-testid='errors']").WaitForAsync();
        (await page.Locator("#error-target").InnerTextAsync()).ShouldBe("A tie cannot link an actor to itself; choose two different actors.");
        (await page.Locator("#error-validTo").InnerTextAsync()).ShouldBe("The tie cannot end (2023) before it begins (2024-06).");
        (await page.Locator("#validTo").InputValueAsync()).ShouldBe("2023");
    }

    [Fact]
    public async Task Explorer_AsViewer_OffersNoEditLinks()
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress(_app).ToString() });
        var page = await context.NewPageAsync();
        await SignInAsync(page, TestUsers.Viewer);
        await page.GotoAsync("/?root=north-korea&focus=north-korea");
        await page.WaitForSelectorAsync("body[data-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await page.Locator("[data-testid='details-title']", new() { HasText = "North Korea" }).WaitForAsync();
        (await page.Locator("a.edit-link").CountAsync()).ShouldBe(0);
        (await page.Locator("[data-testid='edit-actor']").CountAsync()).ShouldBe(0);
    }

    // Through the sign-in page, as a person would.
    private static async Task SignInAsync(IPage page, TestUser user)
    {
        await page.GotoAsync("/account/signin");
        await page.Locator("#signin-name").FillAsync(user.Name);
        await page.Locator("#signin-password").FillAsync(user.Password);
        await page.Locator("#btn-signin").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
    }

    private static ExplorerFactory StartApp()
    {
        var app = new ExplorerFactory(null, "Production");
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static Uri BaseAddress(ExplorerFactory app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}
