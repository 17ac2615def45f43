using System.Text.Json;
using RelationsGraph.Web.Import.Csv;

namespace RelationsGraph.Web.Import.Tables;

/// <summary>
/// Reads an uploaded file into tables. JSON is recognised by its first character ('[' or '{'), anything else
/// is CSV with a header row. A JSON array of objects is one table whose columns are the keys in order of first
/// appearance (a nested "properties" object contributes its keys as columns, lists and other objects stay as
/// JSON text); a JSON object with "actors" or "ties" arrays is a graph document (the JSON export).
/// </summary>
internal static class TableReader
{
    public static readonly IReadOnlyList<string> GraphSections = ["sources", "actors", "ties", "evidence", "history"];

    public static ParsedFile Read(byte[] bytes, char? delimiter, int maxRows)
    {
        string text;
        string encoding;
        bool bom;
        try
        {
            (text, encoding, bom) = TextDecoding.Decode(bytes);
        }
        catch (FormatException ex)
        {
            throw ImportErrors.UnreadableText(ex.Message);
        }

        var first = text.AsSpan().TrimStart();
        if (first.Length > 0 && first[0] is '[' or '{')
        {
            return ReadJson(text, encoding, bom, maxRows);
        }

        var separator = delimiter ?? CsvReader.SniffDelimiter(text);
        return new ParsedFile(
            ParsedFile.Csv,
            new Dictionary<string, ImportTable> { [ParsedFile.RowsTable] = ReadCsv(text, separator, maxRows) },
            encoding,
            bom,
            separator == '\t' ? "\\t" : separator.ToString(),
            CsvReader.LineEnding(text));
    }

    public static ImportTable ReadCsv(string text, char delimiter, int maxRows)
    {
        try
        {
            using var records = CsvReader.Read(text, delimiter).GetEnumerator();
            if (!records.MoveNext())
            {
                throw ImportErrors.EmptyFile();
            }

            var header = Header(records.Current.Fields);
            var rows = new List<TableRow>();
            while (records.MoveNext())
            {
                if (rows.Count == maxRows)
                {
                    throw ImportErrors.TooManyRows(maxRows);
                }

                rows.Add(new TableRow(rows.Count + 1, records.Current.Line, records.Current.Fields));
            }

            return new ImportTable(header, rows);
        }
        catch (CsvFormatException ex)
        {
            throw ImportErrors.UnreadableCsv(ex.Message, ex.Line, ex.Column);
        }
    }

    private static List<string> Header(IReadOnlyList<string> fields)
    {
        var names = new List<string>(fields.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim();
            if (name.Length == 0)
            {
                name = $"column{i + 1}";
            }

            if (seen.TryGetValue(name, out var earlier))
            {
                throw ImportErrors.DuplicateColumn(name, earlier + 1, i + 1);
            }

            seen[name] = i;
            names.Add(name);
        }

        return names;
    }

    private static ParsedFile ReadJson(string text, string encoding, bool bom, int maxRows)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw ImportErrors.UnreadableJson(ex.Message, ex.LineNumber is { } line ? (int)line + 1 : null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return new ParsedFile(ParsedFile.Json, new Dictionary<string, ImportTable> { [ParsedFile.RowsTable] = Flatten(root, "the file", maxRows) }, encoding, bom, null, null);
            }

            var sections = GraphSections.Where(s => root.TryGetProperty(s, out _)).ToList();
            if (!sections.Contains("actors") && !sections.Contains("ties"))
            {
                throw ImportErrors.NotATable("the object has no 'actors' or 'ties' array");
            }

            var tables = new Dictionary<string, ImportTable>(StringComparer.Ordinal);
            var total = 0;
            foreach (var section in GraphSections)
            {
                if (!root.TryGetProperty(section, out var items) || items.ValueKind == JsonValueKind.Null)
                {
                    tables[section] = new ImportTable([], []);
                    continue;
                }

                if (items.ValueKind != JsonValueKind.Array)
                {
                    throw ImportErrors.NotATable($"'{section}' is not an array");
                }

                var table = Flatten(items, $"'{section}'", maxRows - total);
                total += table.Rows.Count;
                tables[section] = table;
            }

            return new ParsedFile(ParsedFile.Graph, tables, encoding, bom, null, null);
        }
    }

    private static ImportTable Flatten(JsonElement array, string what, int maxRows)
    {
        var columns = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var records = new List<Dictionary<int, string?>>();
        var number = 0;
        foreach (var item in array.EnumerateArray())
        {
            number++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw ImportErrors.NotATable($"item {number} of {what} is {Describe(item.ValueKind)}, not an object");
            }

            if (records.Count == maxRows)
            {
                throw ImportErrors.TooManyRows(maxRows);
            }

            var cells = new Dictionary<int, string?>();
            foreach (var property in item.EnumerateObject())
            {
                if (property.Name == "properties" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var inner in property.Value.EnumerateObject())
                    {
                        cells[Column(inner.Name)] = Cell(inner.Value);
                    }

                    continue;
                }

                cells[Column(property.Name)] = Cell(property.Value);
            }

            records.Add(cells);
        }

        var rows = records
            .Select((cells, i) => new TableRow(i + 1, null, Enumerable.Range(0, columns.Count).Select(c => cells.GetValueOrDefault(c)).ToArray()))
            .ToList();
        return new ImportTable(columns, rows);

        int Column(string name)
        {
            if (!index.TryGetValue(name, out var i))
            {
                i = columns.Count;
                index[name] = i;
                columns.Add(name);
            }

            return i;
        }
    }

    /// <summary>A JSON value as the text a CSV cell would hold: strings as they are, numbers as written, lists and objects as JSON.</summary>
    private static string? Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
