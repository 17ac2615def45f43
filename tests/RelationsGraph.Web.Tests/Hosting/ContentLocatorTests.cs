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
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "RelationsGraph.Web");
            if (File.Exists(Path.Combine(candidate, "RelationsGraph.Web.csproj")))
            {
                return candidate;
            }
        }

        // The artifacts path may sit outside the repository; the working directory of a test run is inside it.
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "RelationsGraph.Web");
            if (File.Exists(Path.Combine(candidate, "RelationsGraph.Web.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The web project folder was not found above the test run.");
    }
}
