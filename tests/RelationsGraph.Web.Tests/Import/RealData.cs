using System.Reflection;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>
/// The shared real data sets (../shared/realdata beside the repository). They stay out of the repository;
/// without them the tests that need them are reported skipped, saying why.
/// </summary>
public static class RealData
{
    public static readonly string? Folder = Locate();

    public static string SkipReason => "../shared/realdata is not beside the repository; the real-data import tests need it.";

    public static string File(string relative) => Path.Combine(Folder ?? throw new InvalidOperationException(SkipReason), relative);

    private static string? Locate()
    {
        var root = typeof(RealData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "RepoRoot")?.Value;
        var folder = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "realdata"));
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }
}

/// <summary>A fact that reads ../shared/realdata; skipped (with the reason) when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RealDataFactAttribute : FactAttribute
{
    public RealDataFactAttribute()
    {
        if (RealData.Folder is null)
        {
            Skip = RealData.SkipReason;
        }
    }
}
