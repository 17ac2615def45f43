namespace RelationsGraph.Infrastructure;

/// <summary>The <c>Graph:Embedded</c> section.</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>
    /// The SQLite file. Empty means the default under the user's data folder
    /// (<c>$XDG_DATA_HOME/RelationsGraph/graph.db</c> or the OS equivalent). ":memory:" keeps nothing on disk.
    /// </summary>
    public string Path { get; set; } = "";
}
