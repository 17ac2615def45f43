namespace RelationsGraph.Web.Editing;

/// <summary>A piece of evidence as stored, with its source's title and the name of who said it.</summary>
public sealed record EvidenceRecord(
    string Id,
    string TieId,
    string? SourceId,
    string? SourceTitle,
    string Stance,
    string? Quote,
    string? By,
    string? ByName,
    string? Accessed,
    string? AccessedPrecision,
    long Version,
    string? RecordedAt,
    string? RecordedBy);
