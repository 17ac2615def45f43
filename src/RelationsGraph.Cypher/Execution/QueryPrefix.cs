namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// EXPLAIN and PROFILE in front of a statement. The keyword is blanked out rather than cut, so the parser's
/// line, column and offset still point into the text the caller sent.
/// </summary>
internal static class QueryPrefix
{
    public static bool Strip(string query, string keyword, out string rest)
    {
        rest = query;
        var start = 0;
        while (start < query.Length && char.IsWhiteSpace(query[start]))
        {
            start++;
        }

        var end = start + keyword.Length;
        if (end >= query.Length
            || string.Compare(query, start, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0
            || !char.IsWhiteSpace(query[end]))
        {
            return false;
        }

        rest = string.Concat(query.AsSpan(0, start), new string(' ', keyword.Length), query.AsSpan(end));
        return true;
    }
}
