namespace RelationsGraph.Core.Backend;

/// <summary>
/// The outcome of one statement: column names, rows of values in the Core value model, and counters.
/// Values are null, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/>,
/// <see cref="IReadOnlyList{T}"/> of values, <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to value,
/// <see cref="Values.Node"/>, <see cref="Values.Relationship"/>, <see cref="Values.GraphPath"/>, or one of the temporal types in
/// <see cref="Values"/>.
/// </summary>
public sealed record QueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    QueryCounters Counters,
    bool Truncated = false)
{
    /// <summary>Bookmark to pass on so a later read sees this write (Neo4j); null on the embedded store.</summary>
    public string? Bookmark { get; init; }

    public static QueryResult Empty { get; } = new([], [], QueryCounters.None);
}
