namespace RelationsGraph.Web.Hosting;

/// <summary>
/// Finds the repository-level folders the app serves or reads (wwwroot/, cypher/). In the source tree
/// (dotnet run, WebApplicationFactory) they sit two levels above the project; in build and publish
/// output they are copied next to the assembly.
/// </summary>
internal static class ContentLocator
{
    private const string ProjectFileName = "RelationsGraph.Web.csproj";

    public static string WebRoot(string contentRoot) => Locate(contentRoot, "wwwroot");

    public static string CypherRoot(string contentRoot) => Locate(contentRoot, "cypher");

    internal static string Locate(string contentRoot, string folder)
    {
        var inSourceTree = Path.GetFullPath(Path.Combine(contentRoot, "..", "..", folder));
        if (File.Exists(Path.Combine(contentRoot, ProjectFileName)) && Directory.Exists(inSourceTree))
        {
            return inSourceTree;
        }

        var besideAssembly = Path.Combine(AppContext.BaseDirectory, folder);
        return Directory.Exists(besideAssembly) ? besideAssembly : Path.Combine(contentRoot, folder);
    }
}
