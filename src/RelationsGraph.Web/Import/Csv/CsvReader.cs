using System.Text;

namespace RelationsGraph.Web.Import.Csv;

/// <summary>
/// Reads CSV as RFC 4180 describes it, plus what real files do: records end at CR, LF or CRLF (mixed in one
/// file too), quoted fields hold delimiters, quotes ("" inside quotes) and line breaks, a byte order mark is
/// dropped, entirely empty lines are skipped. A quote inside an unquoted field is kept as text, as spreadsheet
/// programs do. An unterminated quote, or text after a closing quote, is an error naming line and column,
/// because guessing there silently merges or splits records.
/// </summary>
public static class CsvReader
{
    private const char Quote = '"';

    /// <summary>The delimiters <see cref="SniffDelimiter"/> considers, in order of preference on a tie.</summary>
    public static readonly char[] Delimiters = [',', ';', '\t', '|'];

    public static IEnumerable<CsvRecord> Read(string text, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(text);
        if (delimiter is Quote or '\r' or '\n')
        {
            throw new ArgumentException("The delimiter cannot be a quote or a line break.", nameof(delimiter));
        }

        return ReadIterator(text, delimiter);
    }

    private static IEnumerable<CsvRecord> ReadIterator(string text, char delimiter)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var lineStart = i;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var recordLine = line;
            fields.Clear();
            var quoted = false;
            var endOfRecord = false;
            while (!endOfRecord)
            {
                field.Clear();
                if (i < text.Length && text[i] == Quote)
                {
                    quoted = true;
                    var quoteLine = line;
                    var quoteColumn = i - lineStart + 1;
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new CsvFormatException($"A quoted field that starts on line {quoteLine}, column {quoteColumn} has no closing quote.", quoteLine, quoteColumn);
                        }

                        var c = text[i];
                        if (c == Quote)
                        {
                            if (i + 1 < text.Length && text[i + 1] == Quote)
                            {
                                field.Append(Quote);
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        if (c is '\r' or '\n')
                        {
                            i = SkipLineBreak(text, i, field);
                            line++;
                            lineStart = i;
                            continue;
                        }

                        field.Append(c);
                        i++;
                    }

                    // Spaces after a closing quote are harmless padding; anything else means the quoting is broken.
                    while (i < text.Length && text[i] is ' ' && delimiter != ' ')
                    {
                        i++;
                    }

                    if (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                    {
                        var column = i - lineStart + 1;
                        throw new CsvFormatException(
                            $"Line {line}, column {column}: '{text[i]}' follows a closing quote; a quoted field must end at a delimiter or a line end (write a quote inside quotes as \"\").",
                            line,
                            column);
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                    {
                        field.Append(text[i]);
                        i++;
                    }
                }

                fields.Add(field.ToString());
                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    continue;
                }

                endOfRecord = true;
                if (i < text.Length)
                {
                    i = SkipLineBreak(text, i, null);
                    line++;
                    lineStart = i;
                }
            }

            // An empty line is skipped; "" alone (an explicitly quoted empty field) is a record.
            if (fields.Count == 1 && fields[0].Length == 0 && !quoted)
            {
                continue;
            }

            yield return new CsvRecord(recordLine, fields.ToArray());
        }
    }

    private static int SkipLineBreak(string text, int i, StringBuilder? keep)
    {
        if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            keep?.Append("\r\n");
            return i + 2;
        }

        keep?.Append(text[i]);
        return i + 1;
    }

    /// <summary>
    /// Guesses the delimiter from the first record: the candidate that occurs most often outside quotes
    /// (comma when none occurs).
    /// </summary>
    public static char SniffDelimiter(string text)
    {
        var counts = new int[Delimiters.Length];
        var inQuotes = false;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 64 * 1024)))
        {
            if (c == Quote)
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                break;
            }
            else if (!inQuotes)
            {
                var index = Array.IndexOf(Delimiters, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = 0;
        for (var k = 1; k < counts.Length; k++)
        {
            if (counts[k] > counts[best])
            {
                best = k;
            }
        }

        return Delimiters[best];
    }

    /// <summary>Which line ends a text uses: "LF", "CRLF", "CR", "mixed", or "none" for a single line.</summary>
    public static string LineEnding(string text)
    {
        int lf = 0, crlf = 0, cr = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (text[i] == '\n')
            {
                lf++;
            }
        }

        var kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        return kinds switch
        {
            0 => "none",
            > 1 => "mixed",
            _ => lf > 0 ? "LF" : crlf > 0 ? "CRLF" : "CR",
        };
    }
}
