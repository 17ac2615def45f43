namespace RelationsGraph.Web.Editing;

/// <summary>Evidence whose fields passed their checks (the references are checked inside the edit's transaction).</summary>
internal sealed record ValidEvidence(string? Id, string? TieId, string SourceId, string Stance, string? Quote, string? By, PreciseDate? Accessed)
{
    public (string, object?)[] Parameters() =>
    [
        ("tieId", TieId), ("sourceId", SourceId), ("stance", Stance), ("quote", Quote),
        ("accessed", Accessed?.Iso), ("accessedPrecision", Accessed?.Precision),
    ];
}
