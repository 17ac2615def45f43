namespace RelationsGraph.Core.Backend;

/// <summary>Whether a query may change the graph.</summary>
public enum AccessMode
{
    Read,
    Write,
}
