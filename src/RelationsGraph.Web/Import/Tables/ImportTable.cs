namespace RelationsGraph.Web.Import.Tables;

/// <summary>Rows under named columns: a CSV file, a JSON array of objects, or one section of a graph document.</summary>
public sealed class ImportTable(IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows)
{
    private readonly Dictionary<string, int> _index = columns
        .Select((name, i) => (name, i))
        .ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);

    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<TableRow> Rows { get; } = rows;

    public bool Has(string column) => _index.ContainsKey(column);

    public int IndexOf(string column) => _index.TryGetValue(column, out var i) ? i : -1;

    /// <summary>The cell of a row under a column; null when the column or the cell is absent.</summary>
    public string? Cell(TableRow row, string column) =>
        _index.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : null;
}
