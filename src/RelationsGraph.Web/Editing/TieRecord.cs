namespace RelationsGraph.Web.Editing;

/// <summary>A tie as stored: dates as ISO first days of their periods with precisions, version, who and when.</summary>
public sealed record TieRecord(
    string Id,
    string Type,
    string Source,
    string SourceName,
    string Target,
    string TargetName,
    string? Status,
    string? Phase,
    string? ValidFrom,
    string? ValidFromPrecision,
    string? ValidTo,
    string? ValidToPrecision,
    string? ReportedOn,
    string? ReportedOnPrecision,
    long? Confidence,
    string? Summary,
    long Version,
    string? RecordedAt,
    string? RecordedBy);
