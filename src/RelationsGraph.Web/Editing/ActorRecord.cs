namespace RelationsGraph.Web.Editing;

/// <summary>An actor as stored, with its version and who recorded it when.</summary>
public sealed record ActorRecord(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Description,
    long Version,
    string? RecordedAt,
    string? RecordedBy);
