namespace RelationsGraph.Web.Api;

/// <summary>
/// A tie between two actors. Dates are ISO dates (first day of their period) with their precision
/// ("year", "month", "day"); for symmetric types source and target are in stored order only. <c>Version</c> is what
/// a change must send back (0 for a tie never edited here).
/// </summary>
public sealed record TieSummary(
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
    long? Confidence,
    string? Summary,
    long Version,
    IReadOnlyDictionary<string, object?> Properties);
