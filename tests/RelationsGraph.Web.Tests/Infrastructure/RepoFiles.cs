namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>The repository's cypher/ and wwwroot/ as copied beside the test assembly by the web project.</summary>
public static class RepoFiles
{
    public static string Cypher => Path.Combine(AppContext.BaseDirectory, "cypher");

    public static string WebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static string ReadAll(string folder) =>
        string.Join("\n", Directory.GetFiles(Path.Combine(Cypher, folder), "*.cypher").Order(StringComparer.Ordinal).Select(File.ReadAllText));
}
