using System.Text;

namespace RelationsGraph.Web.Initialization;

/// <summary>
/// Splits a .cypher file into statements at semicolons that are outside strings, quoted names and
/// comments, because both stores take one statement per request.
/// </summary>
internal static class CypherScript
{
    public static IReadOnlyList<string> Split(string text)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
                continue;
            }

            if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
                current.Append(' ');
                continue;
            }

            if (c is '\'' or '"' or '`')
            {
                i = CopyQuoted(text, i, current);
                continue;
            }

            if (c == ';')
            {
                AddStatement(statements, current);
                i++;
                continue;
            }

            current.Append(c);
            i++;
        }

        AddStatement(statements, current);
        return statements;
    }

    private static int CopyQuoted(string text, int start, StringBuilder into)
    {
        var quote = text[start];
        into.Append(quote);
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            into.Append(c);
            i++;
            if (c == '\\' && quote != '`' && i < text.Length)
            {
                into.Append(text[i]);
                i++;
            }
            else if (c == quote)
            {
                return i;
            }
        }

        return i;
    }

    private static void AddStatement(List<string> statements, StringBuilder current)
    {
        var statement = current.ToString().Trim();
        if (statement.Length > 0)
        {
            statements.Add(statement);
        }

        current.Clear();
    }
}
