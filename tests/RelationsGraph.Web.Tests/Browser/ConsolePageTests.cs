using System.Text.Json;

namespace RelationsGraph.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ConsolePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SavedQuery_RunFromItsForm_DrawsTheGraphAndFillsTheTable()
    {
        await using var console = await ExplorerPage.OpenAsync(fixture, "/console");
        var page = console.Page;
        await page.Locator("[data-tag='sanctions']").ClickAsync();
        (await page.Locator(".query-item").CountAsync()).ShouldBe(2);
        await page.Locator("[data-query='sanctioners-of-actor']").ClickAsync();
        await console.WaitReadyAsync();
        (await page.Locator("#query-title").InnerTextAsync()).ShouldBe("Who sanctions an actor");

        var actor = page.Locator("#param-target");
        await actor.FillAsync("Moscow");
        await page.Locator("li[data-actor='russia']").ClickAsync();
        (await actor.InputValueAsync()).ShouldBe("russia");
        JsonDocument.Parse(await page.Locator("#params-json").InputValueAsync()).RootElement.GetProperty("target").GetString().ShouldBe("russia");

        await page.Locator("#btn-run").ClickAsync();
        await console.WaitReadyAsync();
        await page.WaitForFunctionAsync("() => relationsGraph.cy.nodes().length > 0");
        (await console.NodeIdsAsync()).ShouldBe(["south-korea", "united-states", "russia"], ignoreOrder: true);
        (await console.EvalAsync<string[]>("() => relationsGraph.cy.edges().map(e => e.id())"))
            .ShouldBe(["south-korea-sanctions-russia", "united-states-sanctions-russia"], ignoreOrder: true);
        (await page.Locator("#run-status").InnerTextAsync()).ShouldStartWith("2 rows");

        await page.Locator("[data-tab='table']").ClickAsync();
        (await page.Locator("#result-table tbody tr").CountAsync()).ShouldBe(2);
        (await page.Locator("#result-table thead").InnerTextAsync()).ShouldContain("sender");
        (await page.Locator("#result-table tbody").InnerTextAsync()).ShouldContain("United States");

        await page.Locator("[data-tab='graph']").ClickAsync();
        var (x, y) = await console.NodeOnPageAsync("united-states");
        await page.Mouse.ClickAsync(x, y);
        await page.Locator("[data-testid='details-title']", new() { HasText = "United States" }).WaitForAsync();
        console.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task EditedQuery_WithASyntaxError_ShowsTheCodeAndMarksThePosition()
    {
        await using var console = await ExplorerPage.OpenAsync(fixture, "/console");
        var page = console.Page;
        await page.Locator("[data-query='denied-ties']").ClickAsync();
        await console.WaitReadyAsync();
        await console.EvalAsync<bool>("() => { relationsGraph.editor.value = 'MATCH (a:Actor)\\nRETRUN a.name'; return true; }");
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await page.Locator("[data-testid='error-position']").WaitForAsync();
        await console.WaitReadyAsync();

        (await page.Locator("[data-testid='error-position']").InnerTextAsync()).ShouldBe("At line 2, column 1");
        (await page.Locator("[data-testid='error-code']").InnerTextAsync()).ShouldBe("Neo.ClientError.Statement.SyntaxError");
        (await page.Locator(".cm-error-mark").InnerTextAsync()).ShouldBe("R");
        (await console.EvalAsync<int>("() => relationsGraph.editor.cm.getCursor().line")).ShouldBe(1);
        console.Errors.ShouldAllBe(e => e.Contains("400", StringComparison.Ordinal), "only the refused run may be logged");
    }

    [Fact]
    public async Task FailedRun_IsInTheHistoryMarkedAsFailed()
    {
        await using var console = await ExplorerPage.OpenAsync(fixture, "/console");
        var page = console.Page;
        await console.EvalAsync<bool>("() => { relationsGraph.editor.value = 'MATCH (a:Actor)\\nRETRUN a.name'; return true; }");
        await page.Locator("#btn-run").ClickAsync();
        await page.Locator("[data-testid='error-position']").WaitForAsync();
        await console.WaitReadyAsync();
        var failed = page.Locator("#run-history option[data-failed='true']");
        (await failed.CountAsync()).ShouldBe(1);
        (await failed.InnerTextAsync()).ShouldContain("(failed)");
        (await failed.GetAttributeAsync("title")).ShouldBe("Failed: Neo.ClientError.Statement.SyntaxError");

        await console.EvalAsync<bool>("() => { relationsGraph.editor.value = 'MATCH (a:Actor) RETURN a.name LIMIT 1'; return true; }");
        await page.Locator("#btn-run").ClickAsync();
        await console.WaitReadyAsync();
        (await page.Locator("#run-history option").CountAsync()).ShouldBe(3, "the placeholder, the failed run and the good one");
        (await page.Locator("#run-history option[data-failed='true']").CountAsync()).ShouldBe(1);
        (await page.Locator("#run-history option").Nth(1).InnerTextAsync()).ShouldNotContain("failed");
    }

    [Fact]
    public async Task FailedSave_ReopenedDialog_KeepsWhatWasTyped()
    {
        await using var console = await ExplorerPage.OpenAsync(fixture, "/console");
        var page = console.Page;
        await page.Locator("#btn-new").ClickAsync();
        await console.EvalAsync<bool>("() => { relationsGraph.editor.value = 'MATCH (a:Actor)\\nRETRUN a'; return true; }");
        await page.Locator("#btn-save-as").ClickAsync();
        await page.Locator("#save-name").FillAsync("My unsaved draft");
        await page.Locator("#save-description").FillAsync("typed by hand");
        await page.Locator("#save-tags").FillAsync("draft, mine");
        await page.Locator("#save-parameters").FillAsync("[{\"name\": \"who\", \"type\": \"actor\"}]");
        await page.Locator("#btn-save-confirm").ClickAsync();
        await page.Locator("[data-testid='error-position']").WaitForAsync();
        await console.WaitReadyAsync();
        (await page.Locator("[data-testid='error-position']").InnerTextAsync()).ShouldBe("At line 2, column 1");

        await page.Locator("#btn-save-as").ClickAsync();
        (await page.Locator("#save-name").InputValueAsync()).ShouldBe("My unsaved draft");
        (await page.Locator("#save-description").InputValueAsync()).ShouldBe("typed by hand");
        (await page.Locator("#save-tags").InputValueAsync()).ShouldBe("draft, mine");
        (await page.Locator("#save-parameters").InputValueAsync()).ShouldBe("[{\"name\": \"who\", \"type\": \"actor\"}]");
        (await page.Locator("#save-error").InnerTextAsync()).ShouldContain("line 2, column 1");

        // Fixed and saved, the draft is gone: the next dialog starts from the saved query.
        await page.Locator("#save-dialog button[value='cancel']").ClickAsync();
        await console.EvalAsync<bool>("() => { relationsGraph.editor.value = 'MATCH (a:Actor {id: $who})\\nRETURN a'; return true; }");
        await page.Locator("#btn-save-as").ClickAsync();
        (await page.Locator("#save-name").InputValueAsync()).ShouldBe("My unsaved draft");
        await page.Locator("#btn-save-confirm").ClickAsync();
        await page.Locator("#query-title", new() { HasText = "My unsaved draft" }).WaitForAsync();
        await console.WaitReadyAsync();
        await page.Locator("#btn-save-as").ClickAsync();
        (await page.Locator("#save-name").InputValueAsync()).ShouldBe("My unsaved draft (copy)");
        (await page.Locator("#save-error").IsHiddenAsync()).ShouldBeTrue();
        await page.Locator("#save-dialog button[value='cancel']").ClickAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.Locator("#btn-delete").ClickAsync();
        await page.Locator("#query-title", new() { HasText = "New query" }).WaitForAsync();
    }

    [Fact]
    public async Task Link_WithParameterValues_ReopensAndRunsTheQuery()
    {
        var parameters = Uri.EscapeDataString("{\"asOf\":\"2024-06-15\"}");
        await using var console = await ExplorerPage.OpenAsync(fixture, $"/console?query=defense-pacts-as-of&params={parameters}");
        var page = console.Page;
        (await page.Locator("#param-asOf").InputValueAsync()).ShouldBe("2024-06-15");
        await page.WaitForFunctionAsync("() => relationsGraph.cy.nodes().length > 0");
        (await console.NodeIdsAsync()).ShouldBe(["north-korea", "russia"], ignoreOrder: true);
        (await page.Locator("#run-status").InnerTextAsync()).ShouldStartWith("1 row");
        console.ShouldHaveNoErrors();
    }
}
