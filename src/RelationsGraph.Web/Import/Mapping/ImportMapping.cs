namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// A column mapping: what each row of a table becomes (<see cref="Target"/>: actors or ties), which rows count
/// (<see cref="Filter"/>), and the Source the import is recorded as. A preset is a saved mapping
/// (cypher/imports/*.json); <see cref="File"/> names the data it was written for, relative to the shared
/// real-data folder. <see cref="Evidence"/> makes every tie the import creates or changes cite the Source.
/// </summary>
public sealed record ImportMapping
{
    public const string Actors = "actors";
    public const string Ties = "ties";

    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? File { get; init; }

    public string Target { get; init; } = Ties;

    public string? Delimiter { get; init; }

    public SourceSpec? Source { get; init; }

    public bool Evidence { get; init; } = true;

    /// <summary>
    /// Stamps what the import creates with recordedAt (today) and recordedBy (who imports) when the file does
    /// not give them. Off for the mappings that read an export back, which restore those fields as they were.
    /// </summary>
    public bool Stamp { get; init; } = true;

    public IReadOnlyList<FilterSpec>? Filter { get; init; }

    public ActorSpec? Actor { get; init; }

    public TieSpec? Tie { get; init; }
}
