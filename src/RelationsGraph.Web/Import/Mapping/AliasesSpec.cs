namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// An actor's aliases: the cells of these columns, each split at <see cref="Separator"/> when one is given.
/// A cell that is a JSON array of strings (as the CSV export writes lists) is read as that list.
/// </summary>
public sealed record AliasesSpec
{
    public IReadOnlyList<string> Columns { get; init; } = [];

    public string? Separator { get; init; }
}
