using System.Globalization;
using RelationsGraph.Core.Backend;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Running;

/// <summary>
/// Compares a query result with an expected TCK table (header row of column names, then rows in value notation).
/// Returns null on a match, otherwise a one-line reason starting with "wrong columns" or "wrong result".
/// </summary>
internal static class ResultMatcher
{
    private const int MaxShown = 160;

    public static string? Compare(QueryResult result, IReadOnlyList<IReadOnlyList<string>> table, bool ordered, bool ignoreListOrder)
    {
        if (table.Count == 0)
        {
            throw new FormatException("expected-result table has no header row");
        }

        var columns = table[0];
        if (!columns.SequenceEqual(result.Columns, StringComparer.Ordinal))
        {
            return $"wrong columns: expected [{string.Join(", ", columns)}], got [{string.Join(", ", result.Columns)}]";
        }

        var expected = table.Skip(1).Select(r => r.Select(ValueNotationParser.Parse).ToList()).ToList();
        var actual = result.Rows.Select(r => r.Select(ResultValueConverter.Convert).ToList()).ToList();
        if (actual.Any(r => r.Count != columns.Count))
        {
            return $"wrong result: a row has a different number of values than the {columns.Count} columns";
        }

        if (expected.Count != actual.Count)
        {
            var sample = actual.Count > 0 && expected.Count > 0
                ? " (first row " + Shorten(Render(actual[0])) + ", expected " + Shorten(Render(expected[0])) + ")"
                : actual.Count > 0 ? " (first row " + Shorten(Render(actual[0])) + ")" : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"wrong result: expected {expected.Count} rows, got {actual.Count}{sample}");
        }

        return ordered ? CompareOrdered(expected, actual, ignoreListOrder) : CompareUnordered(expected, actual, ignoreListOrder);
    }

    public static bool RowEquals(List<TckValue> expected, List<TckValue> actual, bool ignoreListOrder) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p => TckValueComparer.AreEqual(p.First, p.Second, ignoreListOrder));

    private static string? CompareOrdered(List<List<TckValue>> expected, List<List<TckValue>> actual, bool ignoreListOrder)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            if (!RowEquals(expected[i], actual[i], ignoreListOrder))
            {
                var elsewhere = actual.Any(a => RowEquals(expected[i], a, ignoreListOrder)) ? " (rows present, wrong order)" : string.Empty;
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"wrong result: row {i + 1} expected {Shorten(Render(expected[i]))}, got {Shorten(Render(actual[i]))}{elsewhere}");
            }
        }

        return null;
    }

    private static string? CompareUnordered(List<List<TckValue>> expected, List<List<TckValue>> actual, bool ignoreListOrder)
    {
        var used = new bool[actual.Count];
        foreach (var row in expected)
        {
            var index = -1;
            for (var i = 0; i < actual.Count; i++)
            {
                if (!used[i] && RowEquals(row, actual[i], ignoreListOrder))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                var firstUnmatched = Enumerable.Range(0, actual.Count).First(i => !used[i]);
                return $"wrong result: expected row {Shorten(Render(row))} not found (an unmatched row: {Shorten(Render(actual[firstUnmatched]))})";
            }

            used[index] = true;
        }

        return null;
    }

    private static string Render(List<TckValue> row) => "| " + string.Join(" | ", row) + " |";

    private static string Shorten(string text)
    {
        var single = text.ReplaceLineEndings("\\n");
        return single.Length <= MaxShown ? single : single[..MaxShown] + "…";
    }
}
