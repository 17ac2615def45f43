namespace RelationsGraph.Web.Import.Tables;

/// <summary>
/// One data row: its 1-based number among the data rows, the physical line it starts on (CSV only) and its
/// cells in column order (a JSON object without a key has a null cell there).
/// </summary>
public sealed record TableRow(int Row, int? Line, IReadOnlyList<string?> Cells)
{
    /// <summary>Where the row is, as a person reading the file would say it.</summary>
    public string Where => Line is { } line ? $"line {line}" : $"record {Row}";
}
