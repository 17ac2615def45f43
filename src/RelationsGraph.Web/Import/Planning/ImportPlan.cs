namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// What an import will do: one outcome per row, and the writes that carry out the creates and updates. A
/// dry run stops here; an apply hands the writes to <see cref="Writing.ImportWriter"/> in the same transaction.
/// </summary>
internal sealed class ImportPlan
{
    public List<RowOutcome> Outcomes { get; } = [];

    public int Rows { get; set; }

    public int Filtered { get; set; }

    public List<EntityWrite> Sources { get; } = [];

    public List<EntityWrite> Actors { get; } = [];

    public List<TieWrite> Ties { get; } = [];

    public List<EvidenceWrite> Evidence { get; } = [];

    /// <summary>Changes of a tie's status, phase or confidence, kept as its history (as an edit keeps them).</summary>
    public List<TieChangeWrite> TieChanges { get; } = [];

    /// <summary>History entries read from a graph document, to create as they were (who, when, which version).</summary>
    public List<EntityWrite> History { get; } = [];

    /// <summary>
    /// The entities whose outcomes stand for rows (ties in a tie import); the others are side effects listed
    /// for the reader, such as actors created for a tie's missing end, and are counted separately.
    /// </summary>
    public HashSet<string> RowEntities { get; } = new(StringComparer.Ordinal);

    public int Rejected => Outcomes.Count(o => o.Action == RowOutcome.Reject);

    /// <summary>Puts the outcomes from <paramref name="from"/> on in file order (they are found phase by phase), keeping each row's own order.</summary>
    public void SortOutcomes(int from = 0)
    {
        var sorted = Outcomes.Skip(from).OrderBy(o => o.Row).ToList();
        Outcomes.RemoveRange(from, Outcomes.Count - from);
        Outcomes.AddRange(sorted);
    }

    public ImportCounts Counts() => new()
    {
        Rows = Rows,
        Filtered = Filtered,
        Create = Count(RowOutcome.Create),
        Update = Count(RowOutcome.Update),
        Unchanged = Count(RowOutcome.Unchanged),
        Duplicate = Count(RowOutcome.Duplicate),
        Skip = Count(RowOutcome.Skip),
        Reject = Count(RowOutcome.Reject),
        ActorsCreated = Actors.Count(a => a.IsNew),
        ActorsUpdated = Actors.Count(a => !a.IsNew),
        TiesCreated = Ties.Count(t => t.IsNew),
        TiesUpdated = Ties.Count(t => !t.IsNew),
        SourcesCreated = Sources.Count(s => s.IsNew),
        SourcesUpdated = Sources.Count(s => !s.IsNew),
        EvidenceCreated = Evidence.Count(e => e.IsNew),
        EvidenceUpdated = Evidence.Count(e => !e.IsNew),
        HistoryCreated = History.Count,
    };

    private int Count(string action) => Outcomes.Count(o => o.Action == action && RowEntities.Contains(o.Entity));
}

/// <summary>A node to create (all its properties) or update (the properties that change; <see cref="Bump"/> adds one to its version).</summary>
internal sealed record EntityWrite(string Id, bool IsNew, IReadOnlyDictionary<string, object?> Properties, bool Bump = false);

/// <summary>A tie to create between two actors, or to update in place (<see cref="Bump"/> adds one to its version).</summary>
internal sealed record TieWrite(string Id, string Type, string From, string To, bool IsNew, IReadOnlyDictionary<string, object?> Properties, bool Bump = false);

/// <summary>One changed field of a tie, for its history: what it was and what the import made it.</summary>
internal sealed record TieChangeWrite(string TieId, string Type, string Field, object? From, object? To);

/// <summary>An evidence node citing a source (and naming who said it), created or updated.</summary>
internal sealed record EvidenceWrite(string Id, bool IsNew, IReadOnlyDictionary<string, object?> Properties, string? Source, string? By, bool RelinkNeeded);
