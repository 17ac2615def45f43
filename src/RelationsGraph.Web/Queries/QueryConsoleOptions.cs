namespace RelationsGraph.Web.Queries;

/// <summary>Limits of the query console and saved-query runs (section <c>Queries</c> of the configuration).</summary>
public sealed class QueryConsoleOptions
{
    public const string Section = "Queries";

    /// <summary>How long one run may take before the store stops it.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most rows a run returns; more are cut and the answer says so.</summary>
    public int MaxRows { get; set; } = 1000;

    /// <summary>Most nodes plus relationships drawn from one result.</summary>
    public int MaxGraphElements { get; set; } = 500;

    /// <summary>Whether write runs are allowed at all; even when on, only Admins may ask for one (off turns it off for them too).</summary>
    public bool AllowWrites { get; set; } = true;

    /// <summary>The saved-query library folder; empty means <c>cypher/queries</c>.</summary>
    public string? LibraryPath { get; set; }

    /// <summary>Longest query text accepted, in characters.</summary>
    public int MaxQueryLength { get; set; } = 50_000;
}
