using System.Buffers.Binary;
using System.Text.Json;
using System.Xml.Linq;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>The explorer's links, history, filters, exports, time control, positions and layouts, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ExplorerViewTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SharedLink_AfterASearchPickAndAPathFromARootedView_ReopensWithThemAndTheFocus()
    {
        string link;
        await using (var explorer = await ExplorerPage.OpenAsync(fixture, "/?root=kim-yo-jong"))
        {
            await explorer.Page.Locator("#search-input").FillAsync("NATO");
            await explorer.Page.Locator("#search-results li[data-actor='nato']").ClickAsync();
            await explorer.Page.WaitForFunctionAsync("() => relationsGraph.cy.getElementById('nato').selected()");
            await explorer.WaitReadyAsync();
            (await explorer.NodeIdsAsync()).ShouldContain("united-states");
            explorer.Page.Url.ShouldContain("expanded=nato");
            explorer.Page.Url.ShouldContain("focus=nato");

            await explorer.Page.Locator("#path-from").SelectOptionAsync("kim-jong-un");
            await explorer.Page.Locator("#path-to").SelectOptionAsync("united-states");
            await explorer.Page.Locator("#btn-path").ClickAsync();
            await explorer.Page.WaitForFunctionAsync("() => relationsGraph.cy.getElementById('russia').nonempty()");
            await explorer.WaitReadyAsync();
            Uri.UnescapeDataString(explorer.Page.Url).ShouldContain("paths=kim-jong-un~united-states");

            // Both additions are in the history: undoing the path takes Russia away again, redoing brings it back.
            await explorer.Page.Locator("#btn-undo").ClickAsync();
            (await explorer.NodeIdsAsync()).ShouldNotContain("russia");
            explorer.Page.Url.ShouldNotContain("paths=");
            await explorer.Page.Locator("#btn-redo").ClickAsync();
            (await explorer.NodeIdsAsync()).ShouldContain("russia");
            link = new Uri(explorer.Page.Url).PathAndQuery;
            explorer.ShouldHaveNoErrors();
        }

        await using var reopened = await ExplorerPage.OpenAsync(fixture, link);
        (await reopened.NodeIdsAsync()).ShouldContainAll(["kim-yo-jong", "nato", "united-states", "russia", "north-korea"]);
        (await reopened.EvalAsync<bool>("() => relationsGraph.cy.getElementById('nato').selected()")).ShouldBeTrue();
        await reopened.Page.Locator("[data-testid='details-title']", new() { HasText = "NATO" }).WaitForAsync();
        (await reopened.Page.Locator("#view-note").IsHiddenAsync()).ShouldBeTrue();
        reopened.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task SharedLink_NamingAnActorThatNoLongerExists_OpensTheRestWithANote()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture, "/?root=kim-yo-jong&expanded=atlantis,nato&focus=atlantis");
        (await explorer.NodeIdsAsync()).ShouldContainAll(["kim-yo-jong", "kim-jong-un", "south-korea", "ukraine", "nato", "united-states"]);
        var note = explorer.Page.Locator("#view-note");
        (await note.IsVisibleAsync()).ShouldBeTrue();
        (await note.InnerTextAsync()).ShouldContain("1 actor in this link no longer exists");
        (await explorer.Page.Locator("#state-banner").IsHiddenAsync()).ShouldBeTrue();
        explorer.Page.Url.ShouldNotContain("atlantis");
        // The 404 the page asked for is the only complaint the browser logs.
        explorer.Errors.ShouldAllBe(e => e.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SharedLink_WhoseRootNoLongerExists_OpensTheWholeNetworkWithANote()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture, "/?root=atlantis");
        (await explorer.NodeIdsAsync()).ShouldContainAll(["russia", "nato", "kim-yo-jong"]);
        (await explorer.Page.Locator("#view-note").InnerTextAsync()).ShouldContain("1 actor in this link no longer exists");
        explorer.Errors.ShouldAllBe(e => e.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WholeView_OverTheActorCap_SaysHowManyOfHowManyActorsItShows()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture, "/?maxActors=3");
        (await explorer.NodeIdsAsync()).ShouldBe(["north-korea", "russia", "south-korea"], ignoreOrder: true);
        var note = await explorer.Page.Locator("#view-note").InnerTextAsync();
        note.ShouldContain("Showing the 3 most connected of 12 actors (+9 more)");
        explorer.Page.Url.ShouldContain("maxActors=3");
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Export_PngAndSvg_DownloadPicturesWithTheLegendAndTheStatusMarks()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var bare = await explorer.EvalAsync<JsonElement>("""
            async () => {
              const img = new Image();
              img.src = relationsGraph.cy.png({ full: true, scale: 2, bg: '#ffffff' });
              await img.decode();
              return { w: img.naturalWidth, h: img.naturalHeight };
            }
            """);
        await explorer.Page.Locator(".menu summary").ClickAsync();
        var png = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.Locator("#btn-export-png").ClickAsync());
        png.SuggestedFilename.ShouldEndWith(".png");
        var pngBytes = await File.ReadAllBytesAsync(await png.PathAsync());
        pngBytes.Take(4).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        // IHDR: width and height, big-endian, at bytes 16 and 20. The legend sits beside the graph.
        var width = BinaryPrimitives.ReadInt32BigEndian(pngBytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(pngBytes.AsSpan(20, 4));
        width.ShouldBeGreaterThan(bare.GetProperty("w").GetInt32() + 200);
        height.ShouldBeGreaterThanOrEqualTo(bare.GetProperty("h").GetInt32());

        await explorer.Page.Locator(".menu summary").ClickAsync();
        var svg = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.Locator("#btn-export-svg").ClickAsync());
        svg.SuggestedFilename.ShouldEndWith(".svg");
        var svgText = await File.ReadAllTextAsync(await svg.PathAsync());
        var root = XDocument.Parse(svgText).Root!;
        var groups = root.Elements().Where(e => e.Name.LocalName == "g").ToList();
        groups.Count.ShouldBe(2);
        // The drawn graph (not the legend beside it, whose samples are written "8 4") has one dashed line per tie
        // whose status is drawn dashed (the seed's reported and disputed ties).
        var dashedTies = await explorer.EvalAsync<int>("""
            () => {
              const dashed = new Set(relationsGraph.registry.statuses.filter(s => s.line === 'dashed').map(s => s.status));
              return relationsGraph.network.visible().edges().filter(e => dashed.has(e.data('status'))).length;
            }
            """);
        dashedTies.ShouldBeGreaterThan(0);
        groups[0].Descendants().Count(e => (string?)e.Attribute("stroke-dasharray") == "8,4").ShouldBe(dashedTies);
        groups[1].ToString().ShouldContain("TIE TYPES");
        groups[1].ToString().ShouldContain("Disputed");
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Export_CsvAndJson_HoldTheVisibleTiesWithStatusAndSources()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        await explorer.Page.Locator("#filter-statuses input[data-filter='disputed']").UncheckAsync();
        var visibleEdges = await explorer.VisibleEdgeIdsAsync();
        var visibleNodes = await explorer.EvalAsync<string[]>("() => relationsGraph.network.visible().nodes().map(n => n.id())");
        visibleEdges.ShouldNotContain("north-korea-troops-russia");

        await explorer.Page.Locator(".menu summary").ClickAsync();
        var csv = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.Locator("#btn-export-csv").ClickAsync());
        csv.SuggestedFilename.ShouldEndWith(".csv");
        var lines = (await File.ReadAllTextAsync(await csv.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        header.ShouldContain("status");
        header.ShouldContain("sources");
        lines.Length.ShouldBe(visibleEdges.Length + 1);
        var pact = lines.Single(l => l.StartsWith("north-korea-russia-defense-pact,", StringComparison.Ordinal));
        pact.ShouldContain(",confirmed,");
        lines.ShouldAllBe(l => !l.StartsWith("north-korea-troops-russia,", StringComparison.Ordinal));
        var sourcesColumn = Array.IndexOf(header, "sources");
        lines.Skip(1).Count(l => l.Split(',').Length > sourcesColumn && l.Split(',')[sourcesColumn].Length > 0).ShouldBeGreaterThan(0);

        await explorer.Page.Locator(".menu summary").ClickAsync();
        var json = await explorer.Page.RunAndWaitForDownloadAsync(() => explorer.Page.Locator("#btn-export-json").ClickAsync());
        json.SuggestedFilename.ShouldEndWith(".json");
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(await json.PathAsync()));
        var elements = doc.RootElement.GetProperty("elements");
        elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString()).ShouldBe(visibleEdges, ignoreOrder: true);
        elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()).ShouldBe(visibleNodes, ignoreOrder: true);
        elements.GetProperty("edges").EnumerateArray().First().GetProperty("data").GetProperty("status").GetString().ShouldNotBeNullOrEmpty();
        doc.RootElement.GetProperty("view").GetString()!.ShouldContain("statuses=");
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Filters_KindTypeNothingMatchingAndPlay_ChangeWhatIsShown()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var all = await explorer.VisibleEdgeIdsAsync();
        const string visibleNodes = "() => relationsGraph.network.visible().nodes().map(n => n.id())";

        await explorer.Page.Locator("#filter-kinds input[data-filter='person']").UncheckAsync();
        var withoutPeople = await explorer.EvalAsync<string[]>(visibleNodes);
        withoutPeople.ShouldNotContain("kim-yo-jong");
        withoutPeople.ShouldNotContain("kim-jong-un");
        withoutPeople.ShouldContain("russia");
        (await explorer.VisibleEdgeIdsAsync()).ShouldNotContain("kim-yo-jong-criticises-south-korea");
        explorer.Page.Url.ShouldContain("kinds=");
        await explorer.Page.Locator("#filter-kinds input[data-filter='person']").CheckAsync();

        await explorer.Page.Locator("#filter-types input[data-filter='SANCTIONS']").UncheckAsync();
        var withoutSanctions = await explorer.VisibleEdgeIdsAsync();
        withoutSanctions.ShouldNotContain("south-korea-sanctions-russia");
        withoutSanctions.Length.ShouldBeLessThan(all.Length);
        (await explorer.EvalAsync<bool>("() => relationsGraph.network.visible().edges().every(e => e.data('type') !== 'SANCTIONS')")).ShouldBeTrue();
        await explorer.Page.Locator("#filter-types input[data-filter='SANCTIONS']").CheckAsync();
        (await explorer.VisibleEdgeIdsAsync()).Length.ShouldBe(all.Length);

        foreach (var kind in await explorer.EvalAsync<string[]>("() => relationsGraph.registry.actorKinds.map(k => k.kind)"))
        {
            await explorer.Page.Locator($"#filter-kinds input[data-filter='{kind}']").UncheckAsync();
        }

        var banner = explorer.Page.Locator("#state-banner");
        (await banner.IsVisibleAsync()).ShouldBeTrue();
        (await banner.InnerTextAsync()).ShouldContain("Nothing matches the filters.");
        await explorer.Page.Locator("#filter-kinds input[data-filter='state']").CheckAsync();
        (await banner.IsHiddenAsync()).ShouldBeTrue();
        foreach (var kind in await explorer.EvalAsync<string[]>("() => relationsGraph.registry.actorKinds.map(k => k.kind)"))
        {
            await explorer.Page.Locator($"#filter-kinds input[data-filter='{kind}']").CheckAsync();
        }

        // Play steps the date control through the months from the first tie's start: the first step already hides
        // the ties that began later.
        await explorer.Page.Locator("#btn-play").ClickAsync();
        await explorer.Page.WaitForFunctionAsync("() => document.getElementById('filter-date').value !== ''");
        var first = await explorer.Page.Locator("#filter-date").InputValueAsync();
        (await explorer.VisibleEdgeIdsAsync()).Length.ShouldBeLessThan(all.Length);
        (await explorer.Page.Locator("#date-label").InnerTextAsync()).ShouldContain("in force on");
        await explorer.Page.WaitForFunctionAsync($"() => document.getElementById('filter-date').value > '{first}'");
        await explorer.Page.Locator("#btn-play").ClickAsync();
        (await explorer.Page.Locator("#btn-play").InnerTextAsync()).ShouldContain("Play");
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task RemovalUndoRedoAndPositions_TheAnalystsChangesHold()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture, "/?root=kim-yo-jong");
        // Put an actor somewhere by hand (as a drag would); filters and an expansion leave it there.
        await explorer.EvalAsync<bool>("() => { relationsGraph.cy.getElementById('ukraine').position({ x: 1234, y: -567 }); return true; }");
        await explorer.Page.Locator("#filter-statuses input[data-filter='reported']").UncheckAsync();
        await explorer.Page.Locator("#filter-statuses input[data-filter='reported']").CheckAsync();
        await explorer.EvalAsync<bool>("() => { relationsGraph.cy.getElementById('kim-jong-un').emit('dbltap'); return true; }");
        await explorer.Page.WaitForFunctionAsync("() => relationsGraph.cy.getElementById('north-korea').nonempty()");
        await explorer.WaitReadyAsync();
        var position = await explorer.EvalAsync<JsonElement>("() => relationsGraph.cy.getElementById('ukraine').position()");
        position.GetProperty("x").GetDouble().ShouldBe(1234);
        position.GetProperty("y").GetDouble().ShouldBe(-567);

        await explorer.EvalAsync<bool>("""
            () => {
              document.activeElement?.blur();
              relationsGraph.cy.elements().unselect();
              relationsGraph.cy.getElementById('south-korea').select();
              return true;
            }
            """);
        await explorer.Page.Keyboard.PressAsync("Delete");
        (await explorer.NodeIdsAsync()).ShouldNotContain("south-korea");
        explorer.Page.Url.ShouldContain("removed=");
        await explorer.Page.Locator("#btn-undo").ClickAsync();
        (await explorer.NodeIdsAsync()).ShouldContain("south-korea");
        (await explorer.VisibleEdgeIdsAsync()).ShouldContain("kim-yo-jong-criticises-south-korea");
        explorer.Page.Url.ShouldNotContain("removed=");
        (await explorer.Page.Locator("#btn-redo").IsEnabledAsync()).ShouldBeTrue();
        await explorer.Page.Locator("#btn-redo").ClickAsync();
        (await explorer.NodeIdsAsync()).ShouldNotContain("south-korea");
        explorer.Page.Url.ShouldContain("removed=");
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Layouts_EachOne_LaysTheViewOutWithoutError()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        foreach (var layout in new[] { "concentric", "breadthfirst", "circle", "grid", "fcose" })
        {
            var before = await explorer.EvalAsync<string>("() => JSON.stringify(relationsGraph.cy.nodes().map(n => n.position()))");
            await explorer.Page.Locator("#layout-select").SelectOptionAsync(layout);
            await explorer.Page.WaitForFunctionAsync($"() => relationsGraph.network.lastLayout?.startsWith('{layout}')");
            await explorer.WaitReadyAsync();
            var after = await explorer.EvalAsync<string>("() => JSON.stringify(relationsGraph.cy.nodes().map(n => n.position()))");
            after.ShouldNotBe(before, $"the {layout} layout moved nothing");
            if (layout != "fcose")
            {
                explorer.Page.Url.ShouldContain($"layout={layout}");
            }
        }

        explorer.ShouldHaveNoErrors();
    }
}
