namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// One end of a tie: which actor a row names, and how that cell is matched to an actor.
/// <list type="bullet">
/// <item><c>id</c>: the cell (with prefix) is the actor id.</item>
/// <item><c>name</c>: the cell equals an actor's name or one of its aliases, ignoring case; two actors
/// with that name make the row ambiguous.</item>
/// <item><c>alias</c>: the cell is looked up in <see cref="Aliases"/> (key → actor id), then by name as above.</item>
/// </list>
/// An actor that is not in the store is created when an alias entry gives its name and kind, or when
/// <see cref="Create"/> says how; otherwise the row is rejected.
/// </summary>
public sealed record EndpointSpec : KeySpec
{
    public const string ById = "id";
    public const string ByName = "name";
    public const string ByAlias = "alias";

    public string Match { get; init; } = ById;

    public IReadOnlyList<AliasEntry>? Aliases { get; init; }

    public CreateSpec? Create { get; init; }
}
