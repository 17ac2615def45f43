namespace RelationsGraph.Web.Import.Csv;

/// <summary>One record of a CSV file: its fields and the physical line it starts on (1-based, header included).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
