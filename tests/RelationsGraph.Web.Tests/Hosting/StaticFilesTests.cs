using System.Net;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Hosting;

/// <summary>
/// The web root is the repository's wwwroot/, not the project's; these guard that it is served with real
/// content in Production, both from the source tree and from the copy in the build output.
/// </summary>
public sealed class StaticFilesTests
{
    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/lib/cytoscape/cytoscape.min.js", "text/javascript")]
    [InlineData("/lib/cytoscape-fcose/cytoscape-fcose.js", "text/javascript")]
    public async Task RootWebRoot_InProduction_IsServedWithItsContent(string path, string mediaType)
    {
        using var factory = new ExplorerFactory(null, "Production");
        await AssertServedAsync(factory, path, mediaType);
    }

    [Fact]
    public async Task BuildOutputWebRoot_InProduction_IsServedWithItsContent()
    {
        var elsewhere = Directory.CreateTempSubdirectory("rg-content-root-").FullName;
        try
        {
            using var factory = new ExplorerFactory(null, "Production", contentRoot: elsewhere);
            await AssertServedAsync(factory, "/js/app.js", "text/javascript");
            await AssertServedAsync(factory, "/lib/cytoscape/cytoscape.min.js", "text/javascript");
        }
        finally
        {
            ExplorerFactory.TryDelete(elsewhere);
        }
    }

    private static async Task AssertServedAsync(ExplorerFactory factory, string path, string mediaType)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(mediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(RepoFiles.WebRoot, path.TrimStart('/')));
        body.Length.ShouldBeGreaterThan(0);
        body.ShouldBe(onDisk);
    }
}
