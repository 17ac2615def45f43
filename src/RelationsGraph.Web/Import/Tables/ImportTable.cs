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

    /// <summary>
    /// The table with these columns added where missing, their cells empty: a JSON export leaves out empty
    /// fields, so a section may lack a column no record happened to fill.
    /// </summary>
    public ImportTable WithColumns(IEnumerable<string> wanted)
    {
        var missing = wanted.Where(c => !Has(c)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return this;
        }

        var empty = new string?[missing.Count];
        return new ImportTable(
            [.. Columns, .. missing],
            Rows.Select(r => r with { Cells = [.. r.Cells, .. empty] }).ToList());
    }

    /// <summary>The cell of a row under a column; null when the column or the cell is absent.</summary>
    public string? Cell(TableRow row, string column) =>
        _index.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : null;
}
