using System.Text.Json;
using Microsoft.Playwright;
using RelationsGraph.Web.Api;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>
/// The explorer's switch to its large view: a network of a few thousand elements, served in place of the seed's
/// whole network, is drawn coarsely, stays wired to the app, and answers the mouse. Behaviour, not timing (the
/// timings are bench/README.md's).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LargeViewTests(BrowserFixture fixture)
{
    private const int Generated = 700;
    private const int TiesPerActor = 4;

    [Fact]
    public async Task Open_NetworkAboveTheThreshold_SwitchesToTheLargeViewAndStaysInteractive()
    {
        await using var explorer = await OpenWithLargeNetworkAsync("/?layout=grid");
        var expected = 1 + Generated + (Generated * TiesPerActor);

        var view = await explorer.EvalAsync<JsonElement>("""
            () => {
              const { cy, network } = relationsGraph;
              return {
                large: network.mode.large,
                sameInstance: cy === network.cy,
                elements: cy.elements().length,
                edgeLabel: cy.getElementById('t-0-0').style('label'),
                nodeMinFont: cy.getElementById('russia').style('min-zoomed-font-size'),
                unconfirmedOpacity: Number(cy.getElementById('t-0-1').style('line-opacity')),
                confirmedOpacity: Number(cy.getElementById('t-0-0').style('line-opacity')),
              };
            }
            """);
        view.GetProperty("large").GetBoolean().ShouldBeTrue();
        view.GetProperty("sameInstance").GetBoolean().ShouldBeTrue();
        view.GetProperty("elements").GetInt32().ShouldBe(expected);
        view.GetProperty("edgeLabel").GetString().ShouldBeNullOrEmpty();
        view.GetProperty("nodeMinFont").GetString().ShouldStartWith("9");
        view.GetProperty("unconfirmedOpacity").GetDouble().ShouldBeLessThan(view.GetProperty("confirmedOpacity").GetDouble());
        var note = explorer.Page.Locator("#view-note");
        (await note.IsVisibleAsync()).ShouldBeTrue();
        (await note.InnerTextAsync()).ShouldContain($"Large view, {expected:N0} elements");

        // The mouse still zooms the canvas it switched to.
        var zoom = await explorer.EvalAsync<double>("() => relationsGraph.cy.zoom()");
        var box = (await explorer.Page.Locator("#network").BoundingBoxAsync())!;
        await explorer.Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await explorer.Page.Mouse.WheelAsync(0, -300);
        await explorer.Page.WaitForFunctionAsync($"() => relationsGraph.cy.zoom() > {zoom.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        // Listeners moved with it: a tap on a real actor opens its details from the API.
        await explorer.EvalAsync<bool>("() => { relationsGraph.cy.getElementById('russia').emit('tap'); return true; }");
        await explorer.Page.Locator("[data-testid='details-title']", new() { HasText = "Russia" }).WaitForAsync();
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Open_SmallNetwork_KeepsTheDetailedView()
    {
        await using var explorer = await ExplorerPage.OpenAsync(fixture);
        var view = await explorer.EvalAsync<JsonElement>("""
            () => ({ large: relationsGraph.network.mode.large, edgeLabel: relationsGraph.cy.edges()[0].style('label') })
            """);
        view.GetProperty("large").GetBoolean().ShouldBeFalse();
        view.GetProperty("edgeLabel").GetString().ShouldNotBeNullOrEmpty();
        (await explorer.Page.Locator("#view-note").IsHiddenAsync()).ShouldBeTrue();
        explorer.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Open_RendererCanvasAsked_NeverUsesWebGl()
    {
        await using var explorer = await OpenWithLargeNetworkAsync("/?layout=grid&renderer=canvas");
        var mode = await explorer.EvalAsync<JsonElement>("() => relationsGraph.network.mode");
        mode.GetProperty("large").GetBoolean().ShouldBeTrue();
        mode.GetProperty("webgl").GetBoolean().ShouldBeFalse();
        (await explorer.Page.Locator("#view-note").InnerTextAsync()).ShouldContain("simplified canvas");
        explorer.ShouldHaveNoErrors();
    }

    /// <summary>Serves a generated network (plus the seed's Russia) as the whole network, then opens the page.</summary>
    private async Task<ExplorerPage> OpenWithLargeNetworkAsync(string path)
    {
        var body = JsonSerializer.Serialize(LargeNetwork(), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return await ExplorerPage.OpenAsync(fixture, path, prepare: page => page.RouteAsync(
            "**/api/graph/neighbourhood**",
            route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = body })));
    }

    private static GraphElements LargeNetwork()
    {
        var nodes = new List<NodeElement> { new(new NodeData("russia", "Russia", "state", [], "RU")) };
        nodes.AddRange(Enumerable.Range(0, Generated).Select(i => new NodeElement(new NodeData($"g{i}", $"Generated {i}", i % 3 == 0 ? "organisation" : "person", [], null))));
        var edges = new List<EdgeElement>();
        for (var i = 0; i < Generated; i++)
        {
            for (var k = 0; k < TiesPerActor; k++)
            {
                var target = k == 0 ? "russia" : $"g{(i + (k * 37)) % Generated}";
                edges.Add(new EdgeElement(new EdgeData(
                    $"t-{i}-{k}", $"g{i}", target, k % 2 == 0 ? "AID" : "SANCTIONS", k == 1 ? "reported" : "confirmed", "in-force",
                    "2020-01-01", "year", null, null, 50, null, false, [], [], [])));
            }
        }

        return new GraphElements(nodes, edges, new Dictionary<string, int>());
    }
}
