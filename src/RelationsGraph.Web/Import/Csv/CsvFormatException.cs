namespace RelationsGraph.Web.Import.Csv;

/// <summary>A CSV text that cannot be read, with the 1-based line and column where reading stopped.</summary>
public sealed class CsvFormatException(string message, int line, int column) : FormatException(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
