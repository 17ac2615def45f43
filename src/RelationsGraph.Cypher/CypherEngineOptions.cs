namespace RelationsGraph.Cypher;

/// <summary>Settings of an embedded engine instance.</summary>
public sealed class CypherEngineOptions
{
    /// <summary>Timeout for statements that do not give their own.</summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default cap on returned rows; null for none. A request's own cap wins.</summary>
    public int? MaxRows { get; set; }

    /// <summary>Longest query text accepted, in characters.</summary>
    public int MaxQueryLength { get; set; } = 1_000_000;

    /// <summary>The clock for temporal functions and deadlines.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
