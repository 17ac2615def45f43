namespace RelationsGraph.Web.Editing;

/// <summary>
/// Evidence for or against a tie: it cites a source, with a stance ("asserts" or "denies"), a quote and,
/// optionally, the actor who said it (<paramref name="By"/>, an actor id).
/// </summary>
public sealed record EvidenceInput(
    string? Id,
    string? TieId,
    string? SourceId,
    string? Stance,
    string? Quote,
    string? By,
    string? Accessed,
    string? AccessedPrecision,
    long? Version);
