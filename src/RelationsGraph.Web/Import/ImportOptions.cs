namespace RelationsGraph.Web.Import;

/// <summary>The <c>Import</c> configuration section: limits of uploads and imports.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most data rows one file may have.</summary>
    public int MaxRows { get; set; } = 1_000_000;

    /// <summary>How long an upload, and a finished job with its row outcomes, are kept.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most uploads kept at once (they are held in memory); the oldest go first.</summary>
    public int MaxUploads { get; set; } = 8;

    /// <summary>How long the one transaction of an import may take before it is rolled back.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
}
