namespace RelationsGraph.WebBench;

/// <summary>The repository root: the nearest folder above the working directory that holds RelationsGraph.sln.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (no RelationsGraph.sln above the working directory).");
    }
}
