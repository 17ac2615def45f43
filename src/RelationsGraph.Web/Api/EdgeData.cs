namespace RelationsGraph.Web.Api;

/// <summary>What an edge of the network carries: the tie and a digest of its evidence.</summary>
public sealed record EdgeData(
    string Id,
    string Source,
    string Target,
    string Type,
    string? Status,
    string? Phase,
    string? ValidFrom,
    string? ValidFromPrecision,
    string? ValidTo,
    string? ValidToPrecision,
    long? Confidence,
    string? Summary,
    bool Symmetric,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> AssertedBy,
    IReadOnlyList<string> DeniedBy);
