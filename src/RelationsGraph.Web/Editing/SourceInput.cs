namespace RelationsGraph.Web.Editing;

/// <summary>A source (report, dataset, statement) to create or change; reliability is a grade from A to F.</summary>
public sealed record SourceInput(
    string? Id,
    string? Title,
    string? Publisher,
    string? Url,
    string? Published,
    string? PublishedPrecision,
    string? Reliability,
    long? Version);
