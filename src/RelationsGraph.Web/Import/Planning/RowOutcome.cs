namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// What an import does with one row (or, for paired rows, one pair): <c>create</c>, <c>update</c>,
/// <c>unchanged</c>, <c>duplicate</c> (the same as an earlier row; left out), <c>skip</c> (nothing to make of
/// it, e.g. two periods that never overlap) or <c>reject</c>, with the reasons, the changes an update makes,
/// and the entity it makes: the actor or tie id, type and ends.
/// </summary>
public sealed record RowOutcome(
    int Row,
    string Where,
    string Action,
    string Entity,
    string? Id,
    string? Type = null,
    string? From = null,
    string? To = null,
    string? Name = null,
    IReadOnlyList<string>? Reasons = null,
    IReadOnlyList<string>? Changes = null)
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Unchanged = "unchanged";
    public const string Duplicate = "duplicate";
    public const string Skip = "skip";
    public const string Reject = "reject";

    public static readonly IReadOnlyList<string> Actions = [Create, Update, Unchanged, Duplicate, Skip, Reject];
}
