namespace RelationsGraph.Web.Editing;

/// <summary>A source as stored, with how many pieces of evidence cite it.</summary>
public sealed record SourceRecord(
    string Id,
    string Title,
    string? Publisher,
    string? Url,
    string? Published,
    string? PublishedPrecision,
    string? Reliability,
    long Version,
    string? RecordedAt,
    string? RecordedBy,
    long EvidenceCount);
