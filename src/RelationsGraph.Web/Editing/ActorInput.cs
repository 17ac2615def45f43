namespace RelationsGraph.Web.Editing;

/// <summary>
/// An actor to create (POST; <paramref name="Id"/> optional, made from the name when absent) or to change
/// (PUT; <paramref name="Version"/> required: the version that was read, so a change made meanwhile is not overwritten).
/// </summary>
public sealed record ActorInput(
    string? Id,
    string? Name,
    string? Kind,
    IReadOnlyList<string>? Aliases,
    string? Country,
    string? Description,
    long? Version);
