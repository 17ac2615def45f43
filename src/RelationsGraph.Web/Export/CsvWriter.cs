using System.Text;

namespace RelationsGraph.Web.Export;

/// <summary>Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line break.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public async Task WriteRowAsync(IEnumerable<string> fields)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            line.Append(Escape(field));
        }

        await writer.WriteAsync(line.Append("\r\n")).ConfigureAwait(false);
    }

    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 && !(field.Length > 0 && (field[0] == ' ' || field[^1] == ' '))
            ? field
            : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
