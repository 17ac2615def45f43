using RelationsGraph.Web.Hosting;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Hosting;

public sealed class ContentLocatorTests
{
    [Fact]
    public void WebRoot_ContentRootOutsideTheSourceTree_UsesTheCopyBesideTheAssembly()
    {
        var elsewhere = Directory.CreateTempSubdirectory("rg-content-root-").FullName;
        try
        {
            ContentLocator.WebRoot(elsewhere).ShouldBe(RepoFiles.WebRoot);
            File.Exists(Path.Combine(RepoFiles.WebRoot, "js", "app.js")).ShouldBeTrue();
            File.Exists(Path.Combine(RepoFiles.WebRoot, "lib", "cytoscape", "cytoscape.min.js")).ShouldBeTrue("LibMan's files are copied with the build output");
        }
        finally
        {
            ExplorerFactory.TryDelete(elsewhere);
        }
    }

    [Fact]
    public void CypherRoot_SourceTreeProjectFolder_UsesTheRepositoryFolder()
    {
        var project = FindProjectFolder();
        var cypher = ContentLocator.CypherRoot(project);
        cypher.ShouldBe(Path.GetFullPath(Path.Combine(project, "..", "..", "cypher")));
        File.Exists(Path.Combine(cypher, "registry.json")).ShouldBeTrue();
    }

    private static string FindProjectFolder()
    {
        var repoRoot = typeof(ContentLocatorTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot").Value!;
        return Path.Combine(repoRoot, "src", "RelationsGraph.Web");
    }
}
