using System.Reflection;

namespace RelationsGraph.IntegrationTests.Support;

/// <summary>The repository's cypher/ folder, found from the build-time repo root or by walking up from the test assembly.</summary>
internal static class RepoFiles
{
    public static string CypherRoot { get; } = Locate();

    public static string Folder(string name) => Path.Combine(CypherRoot, name);

    public static IReadOnlyList<string> CypherFiles(string folder) =>
        Directory.Exists(Folder(folder))
            ? Directory.GetFiles(Folder(folder), "*.cypher").Order(StringComparer.Ordinal).ToList()
            : [];

    private static string Locate()
    {
        var root = typeof(RepoFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (root is not null && Directory.Exists(Path.Combine(root, "cypher")))
        {
            return Path.Combine(root, "cypher");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "cypher", "queries")))
            {
                return Path.Combine(dir.FullName, "cypher");
            }
        }

        throw new DirectoryNotFoundException("cypher/ not found above " + AppContext.BaseDirectory);
    }
}
