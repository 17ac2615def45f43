namespace RelationsGraph.Web.Import.Tables;

/// <summary>
/// An uploaded file read into tables. A CSV file or a JSON array is one table, "rows"; a graph document
/// (the JSON export: actors, ties, sources, evidence) is one table per section.
/// </summary>
public sealed record ParsedFile(
    string Format,
    IReadOnlyDictionary<string, ImportTable> Tables,
    string Encoding,
    bool ByteOrderMark,
    string? Delimiter,
    string? LineEnding)
{
    public const string Csv = "csv";
    public const string Json = "json";
    public const string Graph = "graph";
    public const string RowsTable = "rows";

    public bool IsGraphDocument => Format == Graph;

    /// <summary>The one table of a CSV or JSON-array file.</summary>
    public ImportTable Rows => Tables[RowsTable];
}
