using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Initialization;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

[Collection(SeededExplorerCollection.Name)]
public sealed class StartupTests(SeededExplorer app)
{
    [Fact]
    public async Task Health_AfterStart_ReportsTheEmbeddedStoreAnsweringAndSeeded()
    {
        var health = await app.Client.GetJsonAsync("/health");
        health.Str("status").ShouldBe("healthy", health.ToString());
        health.Str("store").ShouldBe("embedded");
        health.GetProperty("storeAnswers").GetBoolean().ShouldBeTrue();
        health.Str("initialization").ShouldBe("ready");
        health.Str("seedVersion").ShouldBe("004-evidence");
    }

    [Fact]
    public async Task Seed_SecondStartOnTheSameStore_IsNotLoadedAgain()
    {
        var folder = Directory.CreateTempSubdirectory("rg-web-reseed-").FullName;
        var path = Path.Combine(folder, "graph.db");
        try
        {
            int firstCount;
            using (var first = new ExplorerFactory(path))
            {
                using var client = await first.ClientAsync(TestUsers.Viewer);
                firstCount = (await client.GetJsonAsync("/api/graph/neighbourhood")).GetProperty("edges").GetArrayLength();
                first.Services.GetRequiredService<InitializationState>().SeededNow.ShouldBeTrue();
            }

            using var second = new ExplorerFactory(path);
            using var again = await second.ClientAsync(TestUsers.Viewer);
            var edges = (await again.GetJsonAsync("/api/graph/neighbourhood")).GetProperty("edges").GetArrayLength();
            second.Services.GetRequiredService<InitializationState>().SeededNow.ShouldBeFalse();
            edges.ShouldBe(firstCount);
        }
        finally
        {
            ExplorerFactory.TryDelete(folder);
        }
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var doc = await app.Client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/actors", "/api/actors/{id}", "/api/graph/neighbourhood", "/api/graph/path", "/api/ties/{id}", "/health" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }
    }

    [Fact]
    public async Task HomePage_Get_ServesTheExplorerWithItsScripts()
    {
        using var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"network\"");
        html.ShouldContain("/lib/cytoscape/cytoscape.min.js");
        html.ShouldContain("type=\"module\" src=\"/js/app.js");
        html.ShouldNotContain("<script>", customMessage: "no inline scripts: a strict CSP comes later");
    }
}
