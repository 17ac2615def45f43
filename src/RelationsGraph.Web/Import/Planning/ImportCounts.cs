namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// How many rows an import read and what it does with them, by outcome, and how many actors, ties and evidence
/// nodes it creates or changes (actors created for a tie's missing end included).
/// </summary>
public sealed record ImportCounts
{
    public int Rows { get; init; }

    public int Filtered { get; init; }

    public int Create { get; init; }

    public int Update { get; init; }

    public int Unchanged { get; init; }

    public int Duplicate { get; init; }

    public int Skip { get; init; }

    public int Reject { get; init; }

    public int ActorsCreated { get; init; }

    public int ActorsUpdated { get; init; }

    public int TiesCreated { get; init; }

    public int TiesUpdated { get; init; }

    public int SourcesCreated { get; init; }

    public int SourcesUpdated { get; init; }

    public int EvidenceCreated { get; init; }

    public int EvidenceUpdated { get; init; }

    /// <summary>Tie history entries created from a graph document's <c>history</c>.</summary>
    public int HistoryCreated { get; init; }

    /// <summary>True when applying the plan changes nothing in the graph.</summary>
    public bool NoChanges => ActorsCreated + ActorsUpdated + TiesCreated + TiesUpdated + SourcesCreated + SourcesUpdated + EvidenceCreated + EvidenceUpdated + HistoryCreated == 0;
}
