namespace RelationsGraph.Web.Initialization;

/// <summary>What start-up did to the store: applied the schema, seeded it (or found it seeded), or failed.</summary>
public sealed class InitializationState
{
    private volatile string _phase = "pending";
    private volatile string? _error;

    /// <summary>"pending", "ready" or "failed".</summary>
    public string Phase => _phase;

    /// <summary>Why start-up failed, in words fit for a user.</summary>
    public string? Error => _error;

    /// <summary>True when this start seeded the store; false when it found it seeded already.</summary>
    public bool SeededNow { get; private set; }

    /// <summary>The seed version recorded in the store.</summary>
    public string? SeedVersion { get; private set; }

    internal void Ready(string seedVersion, bool seededNow)
    {
        SeedVersion = seedVersion;
        SeededNow = seededNow;
        _phase = "ready";
    }

    internal void Failed(string error)
    {
        _error = error;
        _phase = "failed";
    }
}
