namespace RelationsGraph.Web.Editing;

/// <summary>
/// A tie to create between two existing actors (POST), optionally with its first evidence, or to change (PUT,
/// with the <paramref name="Version"/> that was read; type and ends cannot change). Dates are written "2022",
/// "2024-06" or "2024-06-19"; the precision follows from the writing unless given.
/// </summary>
public sealed record TieInput(
    string? Id,
    string? Type,
    string? Source,
    string? Target,
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
    long? Version,
    IReadOnlyList<EvidenceInput>? Evidence);
