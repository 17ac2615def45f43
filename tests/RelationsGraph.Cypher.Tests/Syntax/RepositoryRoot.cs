using System.Runtime.CompilerServices;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>Finds the repository root for tests that read files next to the code (cypher/, ../shared).</summary>
internal static class RepositoryRoot
{
    public static string? Path { get; } = Find();

    private static string? Find([CallerFilePath] string sourceFile = "")
    {
        // Builds may put the test assembly outside the repository (--artifacts-path), so also start from the source path.
        string[] starts = [AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? string.Empty, Directory.GetCurrentDirectory()];
        return starts.Where(Directory.Exists).Select(FindFrom).FirstOrDefault(found => found is not null);
    }

    private static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RelationsGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
