using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Tck.Running;

/// <summary>Finds the feature files and the repository they are measured for.</summary>
internal static class ScenarioDiscovery
{
    /// <summary>Walks up from the current directory, then from the program's own folder, to the folder holding RelationsGraph.sln.</summary>
    public static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RelationsGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The shared TCK checkout sits beside the repository: ../shared/opencypher-tck/features.</summary>
    public static string? DefaultFeaturesFolder(string? repositoryRoot) =>
        repositoryRoot is null ? null : Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "opencypher-tck", "features"));

    public static IReadOnlyList<TckScenario> Load(string featuresFolder)
    {
        var scenarios = new List<TckScenario>();
        var files = Directory.EnumerateFiles(featuresFolder, "*.feature", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(featuresFolder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            scenarios.AddRange(FeatureParser.ParseFile(full, relative));
        }

        return scenarios;
    }
}
