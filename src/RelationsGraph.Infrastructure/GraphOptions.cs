namespace RelationsGraph.Infrastructure;

/// <summary>The <c>Graph</c> configuration section: which store, and its settings.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>"Embedded" (default) or "Neo4j".</summary>
    public string Backend { get; set; } = "Embedded";

    /// <summary>Default statement timeout.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Default cap on returned rows.</summary>
    public int MaxRows { get; set; } = 10_000;

    public EmbeddedStoreOptions Embedded { get; set; } = new();
}
