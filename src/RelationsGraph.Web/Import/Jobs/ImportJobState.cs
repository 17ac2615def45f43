namespace RelationsGraph.Web.Import.Jobs;

/// <summary>Where a job is in its life.</summary>
public static class ImportJobState
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
