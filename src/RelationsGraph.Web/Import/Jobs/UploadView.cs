namespace RelationsGraph.Web.Import.Jobs;

/// <summary>
/// What an upload turned out to be: its format and how it was read (encoding, byte order mark, delimiter,
/// line ends), its columns and row count, the first rows, and the presets whose columns it has.
/// A graph document lists its sections and their sizes instead.
/// </summary>
public sealed record UploadView(
    string Id,
    string FileName,
    long Size,
    string Sha256,
    string Format,
    string Encoding,
    bool ByteOrderMark,
    string? Delimiter,
    string? LineEnding,
    IReadOnlyList<string> Columns,
    int RowCount,
    IReadOnlyList<PreviewRow> Preview,
    IReadOnlyDictionary<string, int>? Sections,
    IReadOnlyList<string> SuggestedPresets);

/// <summary>One row of a preview: its number, the line it starts on (CSV) and its cells.</summary>
public sealed record PreviewRow(int Row, int? Line, IReadOnlyList<string?> Cells);
