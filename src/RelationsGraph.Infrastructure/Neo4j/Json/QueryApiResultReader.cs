using System.Text.Json;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>Reads a Query API answer (<c>data.fields</c>, <c>data.values</c>, <c>counters</c>, <c>bookmarks</c>).</summary>
internal static class QueryApiResultReader
{
    public static StatementOutcome Read(Neo4jHttpResponse response, int? maxRows)
    {
        var root = response.Root;
        var columns = new List<string>();
        var rows = new List<IReadOnlyList<object?>>();
        var truncated = false;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fields))
            {
                foreach (var field in fields.EnumerateArray())
                {
                    columns.Add(field.GetString() ?? "");
                }
            }

            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var record in Records(values, columns.Count))
                {
                    if (maxRows is { } cap && rows.Count >= cap)
                    {
                        truncated = true;
                        break;
                    }

                    var row = new List<object?>(columns.Count);
                    foreach (var cell in record)
                    {
                        row.Add(response.IsTyped ? TypedJsonReader.Read(cell) : PlainJsonReader.Read(cell));
                    }

                    rows.Add(row);
                }
            }
        }

        var result = new QueryResult(columns, rows, CountersReader.FromQueryApi(root), truncated);
        var bookmarks = ReadBookmarks(root, "bookmarks");
        return new StatementOutcome(result with { Bookmark = bookmarks.Count > 0 ? bookmarks[^1] : null }, bookmarks);
    }

    public static IReadOnlyList<string> ReadBookmarks(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var bookmarks) || bookmarks.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return bookmarks.EnumerateArray().Select(b => b.GetString()).OfType<string>().ToList();
    }

    /// <summary>
    /// Current servers write one array per record; beta-era ones wrote one flat row-major list. A list of arrays of
    /// exactly the field count is read as records, anything else is chunked by the field count.
    /// </summary>
    private static IEnumerable<IReadOnlyList<JsonElement>> Records(JsonElement values, int fieldCount)
    {
        if (fieldCount == 0)
        {
            yield break;
        }

        var items = values.EnumerateArray().ToList();
        var nested = items.All(v => v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == fieldCount);
        if (nested)
        {
            foreach (var item in items)
            {
                yield return item.EnumerateArray().ToList();
            }

            yield break;
        }

        for (var i = 0; i + fieldCount <= items.Count; i += fieldCount)
        {
            yield return items.GetRange(i, fieldCount);
        }
    }
}
