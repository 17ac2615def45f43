namespace RelationsGraph.Infrastructure.Embedded;

/// <summary>Where the embedded store lives when configuration does not say.</summary>
internal static class EmbeddedStorePath
{
    /// <summary>
    /// The configured path, or <c>RelationsGraph/graph.db</c> under the user's data folder
    /// (XDG_DATA_HOME or ~/.local/share on Linux, %LOCALAPPDATA% on Windows).
    /// </summary>
    public static string Resolve(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured == ":memory:" ? configured : Path.GetFullPath(Environment.ExpandEnvironmentVariables(configured));
        }

        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(root, "RelationsGraph", "graph.db");
    }
}
