namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// A date that may be partial. Either one column holding <c>2024</c>, <c>2024-06</c> or <c>2024-06-15</c>
/// (the precision follows from what is there, or from the <see cref="Precision"/> column when the file says
/// it, as the export does), or separate <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/>
/// columns, where a missing month or day (empty, or one of <see cref="Missing"/>) makes the date year- or
/// month-precise. Stored as the first day of the period plus its precision.
/// </summary>
public sealed record DateSpec
{
    public string? Column { get; init; }

    public string? Year { get; init; }

    public string? Month { get; init; }

    public string? Day { get; init; }

    public string? Precision { get; init; }

    public IReadOnlyList<string>? Missing { get; init; }
}
