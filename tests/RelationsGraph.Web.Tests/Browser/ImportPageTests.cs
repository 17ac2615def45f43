using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Values;
using RelationsGraph.Web.Tests.Import;

namespace RelationsGraph.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ImportPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ImportPage_MappingChosenInTheForm_DryRunShowsRowsThenImportWritesThem()
    {
        try
        {
            await using var explorer = await UploadAsync("list.csv", "from,to,kind,certainty,start\r\nKyiv,Moscow,CRITICISES,confirmed,2023-05\r\nSeoul,Pyongyang,CRITICISES,reported,2024\r\nAtlantis,Moscow,CRITICISES,confirmed,2024\r\n");
            var page = explorer.Page;
            (await page.Locator("[data-testid='file-info']").InnerTextAsync()).ShouldContain("3 rows");
            (await page.Locator("[data-testid='file-info']").InnerTextAsync()).ShouldContain("CRLF line ends");
            (await page.Locator("#preview-table tbody tr").CountAsync()).ShouldBe(3);
            (await page.Locator("#preset").InputValueAsync()).ShouldBe("");

            await page.Locator("#map-from-column").SelectOptionAsync("from");
            await page.Locator("#map-to-column").SelectOptionAsync("to");
            await page.Locator("#map-match").SelectOptionAsync("name");
            await page.Locator("#map-type-column").SelectOptionAsync("kind");
            await page.Locator("#map-status-column").SelectOptionAsync("certainty");
            await page.Locator("#map-valid-from").SelectOptionAsync("start");
            await page.Locator("#src-title").FillAsync("Browser test list");
            var mapping = JsonDocument.Parse(await page.Locator("#mapping-json").InputValueAsync()).RootElement;
            mapping.GetProperty("tie").GetProperty("from").GetProperty("match").GetString().ShouldBe("name");
            mapping.GetProperty("source").GetProperty("title").GetString().ShouldBe("Browser test list");

            await page.Locator("#btn-dry-run").ClickAsync();
            await page.WaitForSelectorAsync("body[data-ready='true'][data-import-state='succeeded']");
            var counts = await page.Locator("[data-testid='import-counts']").InnerTextAsync();
            counts.ShouldContain("create: 2");
            counts.ShouldContain("reject: 1");
            (await page.Locator("[data-testid='import-status']").InnerTextAsync()).ShouldContain("nothing was written");
            (await page.Locator("#rows-action").InputValueAsync()).ShouldBe("reject");
            (await page.Locator("#rows-table tbody tr[data-action='reject']").InnerTextAsync()).ShouldContain("no actor named 'Atlantis'");
            await page.Locator("#rows-action").SelectOptionAsync("create");
            await page.Locator("#rows-table tbody tr[data-action='create'] >> nth=1").WaitForAsync();
            (await page.Locator("#rows-table tbody").InnerTextAsync()).ShouldContain("north-korea");

            var backend = fixture.Factory.Services.GetRequiredService<IGraphBackend>();
            (await ImportClient.CountAsync(backend, "MATCH (:Actor {id: 'ukraine'})-[r:CRITICISES]->(:Actor {id: 'russia'}) RETURN count(r) AS n")).ShouldBe(0);

            await page.Locator("#skip-rejected").CheckAsync();
            await page.Locator("#btn-apply").ClickAsync();
            await page.WaitForSelectorAsync("body[data-ready='true'][data-import-state='succeeded']");
            (await page.Locator("#import-progress").GetAttributeAsync("value")).ShouldBe("100");
            (await page.Locator("[data-testid='import-status']").InnerTextAsync()).ShouldStartWith("Import finished");
            var tie = (await ImportClient.QueryAsync(backend, "MATCH (:Actor {id: 'ukraine'})-[r:CRITICISES]->(:Actor {id: 'russia'}) RETURN r.validFrom AS f, r.validFromPrecision AS p, r.status AS s")).Single();
            tie["f"].ShouldBe(CypherDate.Of(2023, 5, 1));
            tie["p"].ShouldBe("month");
            tie["s"].ShouldBe("confirmed");
            explorer.ShouldHaveNoErrors();
        }
        finally
        {
            await RemoveImportAsync("Browser test list");
        }
    }

    [Fact]
    public async Task ImportPage_DryRunOfABigFile_ShowsTheProgressBarMovingBeforeItEnds()
    {
        // 250,000 rows: long enough that the page (polling every 200 ms) sees the job running several times; with
        // 60,000 a clean-clone CI run once saw only 0 and 100 (the dry run ended between two polls).
        var csv = new System.Text.StringBuilder("stateabb,ccode,statenme\n");
        for (var i = 0; i < 250_000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"P{i},{900_000 + i},Progress Land {i}\n");
        }

        await using var explorer = await UploadAsync("many-states.csv", csv.ToString());
        var page = explorer.Page;
        (await page.Locator("#preset").InputValueAsync()).ShouldBe("cow-states");
        // Every value the bar takes and every status line, as the page sets them.
        await page.EvaluateAsync("""
            () => {
              window.progressSeen = [];
              window.statusSeen = [];
              const bar = document.getElementById('import-progress');
              const status = document.querySelector("[data-testid='import-status']");
              new MutationObserver(() => window.progressSeen.push(Number(bar.getAttribute('value')))).observe(bar, { attributes: true, attributeFilter: ['value'] });
              new MutationObserver(() => window.statusSeen.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);
        await page.Locator("#btn-dry-run").ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='true'][data-import-state='succeeded']", new() { Timeout = 120_000 });
        var values = await page.EvaluateAsync<int[]>("() => window.progressSeen");
        var statuses = await page.EvaluateAsync<string[]>("() => window.statusSeen");
        values.ShouldContain(v => v > 0 && v < 100, $"values seen: {string.Join(", ", values)}");
        values[^1].ShouldBe(100);
        values.ShouldBe(values.Order().ToArray(), "the bar never goes back");
        statuses.ShouldContain(s => s.StartsWith("Dry run: ", StringComparison.Ordinal) && s.Contains(" of 250,000", StringComparison.Ordinal), string.Join(" | ", statuses));
        (await page.Locator("[data-testid='import-counts']").InnerTextAsync()).ShouldContain("create: 250,000");
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task ImportPage_ContentSecurityPolicyViolation_IsCaughtAsAConsoleError()
    {
        // The check every browser test ends with (ShouldHaveNoErrors) sees CSP refusals: an inline script is one.
        await using var explorer = await ExplorerPage.OpenAsync(fixture, "/import");
        await explorer.Page.EvaluateAsync("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true;';
              document.body.appendChild(script);
            }
            """);
        for (var i = 0; i < 50 && explorer.Errors.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        (await explorer.Page.EvaluateAsync<bool>("() => window.inlineRan === true")).ShouldBeFalse();
        explorer.Errors.ShouldContain(e => e.Contains("Content Security Policy", StringComparison.Ordinal), string.Join("\n", explorer.Errors));
    }

    // Opens the import page and uploads a file (from memory, as the file picker would give it).
    private async Task<ExplorerPage> UploadAsync(string name, string content)
    {
        var explorer = await ExplorerPage.OpenAsync(fixture, "/import");
        await explorer.Page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(content) });
        await explorer.Page.Locator("#btn-upload").ClickAsync();
        await explorer.WaitReadyAsync();
        return explorer;
    }

    // The browser tests share one store and the explorer's tests count its ties: take away what the import added.
    private async Task RemoveImportAsync(string sourceTitle)
    {
        var backend = fixture.Factory.Services.GetRequiredService<IGraphBackend>();
        foreach (var statement in new[]
        {
            "MATCH (s:Source {title: $title}) MATCH ()-[r]->() WHERE r.id STARTS WITH s.id DELETE r",
            "MATCH (e:Evidence)-[:CITES]->(:Source {title: $title}) DETACH DELETE e",
            "MATCH (s:Source {title: $title}) DETACH DELETE s",
        })
        {
            await backend.RunAsync(new QueryRequest(statement, new Dictionary<string, object?> { ["title"] = sourceTitle }, AccessMode.Write));
        }

        (await ImportClient.CountAsync(backend, "MATCH (:Actor {id: 'ukraine'})-[r:CRITICISES]->(:Actor {id: 'russia'}) RETURN count(r) AS n")).ShouldBe(0);
    }

    [Fact]
    public async Task ImportPage_FileMatchingAPreset_SelectsItAndDryRunsWithIt()
    {
        await using var explorer = await UploadAsync("states.csv", "stateabb,ccode,statenme\rUSA,2,United States of America\rCAN,20,Canada\rCAN,20,Canada\r");
        var page = explorer.Page;
        (await page.Locator("#preset").InputValueAsync()).ShouldBe("cow-states");
        (await page.Locator("#mapping-form").IsHiddenAsync()).ShouldBeTrue();
        (await page.Locator("#mapping-json").InputValueAsync()).ShouldContain("\"prefix\": \"cow-\"");
        await page.Locator("#btn-dry-run").ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='true'][data-import-state='succeeded']");
        var counts = await page.Locator("[data-testid='import-counts']").InnerTextAsync();
        counts.ShouldContain("create: 2");
        counts.ShouldContain("duplicate: 1");
        (await page.Locator("#rows-table tbody tr").CountAsync()).ShouldBe(3);
        explorer.ShouldHaveNoErrors();
    }
}
