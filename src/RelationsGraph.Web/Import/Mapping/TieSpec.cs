namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// How a row becomes a tie. The tie id is the <see cref="Id"/> column when there is one; otherwise it is
/// derived from the import's source id, the type and the <see cref="Key"/> columns (by default the two actors
/// and the start date), so importing the same rows again updates the same ties instead of adding new ones.
/// With <see cref="PairWithin"/>, rows that share those columns are paired: every two of them give one tie
/// (of a symmetric type) between their <see cref="From"/> actors, dated by the overlap of their periods.
/// <see cref="PhaseWhenEnded"/> is the phase of a tie that has an end date.
/// </summary>
public sealed record TieSpec
{
    public KeySpec? Id { get; init; }

    public IReadOnlyList<string>? Key { get; init; }

    public ValueSpec? Type { get; init; }

    public EndpointSpec? From { get; init; }

    public EndpointSpec? To { get; init; }

    public IReadOnlyList<string>? PairWithin { get; init; }

    public ValueSpec? Status { get; init; }

    public ValueSpec? Phase { get; init; }

    public string? PhaseWhenEnded { get; init; }

    public DateSpec? ValidFrom { get; init; }

    public DateSpec? ValidTo { get; init; }

    public DateSpec? ReportedOn { get; init; }

    public ValueSpec? Confidence { get; init; }

    public ValueSpec? Summary { get; init; }

    public IReadOnlyDictionary<string, ValueSpec>? Properties { get; init; }

    public bool PropertiesFromColumns { get; init; }
}
