namespace RelationsGraph.Web.Import.Mapping;

/// <summary>Keeps only rows whose cell in <see cref="Column"/> (trimmed) is one of <see cref="In"/> and none of <see cref="NotIn"/>.</summary>
public sealed record FilterSpec
{
    public string Column { get; init; } = "";

    public IReadOnlyList<string>? In { get; init; }

    public IReadOnlyList<string>? NotIn { get; init; }
}
