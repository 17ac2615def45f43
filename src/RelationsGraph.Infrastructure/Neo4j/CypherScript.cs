using System.Text;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>Splits a <c>.cypher</c> file into statements at semicolons outside strings, identifiers and comments.</summary>
internal static class CypherScript
{
    public static IReadOnlyList<string> Split(string text)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                current.Append('\n');
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                current.Append(' ');
                continue;
            }

            if (c is '\'' or '"' or '`')
            {
                var start = i;
                i++;
                while (i < text.Length && text[i] != c)
                {
                    if (text[i] == '\\' && c != '`')
                    {
                        i++;
                    }

                    i++;
                }

                current.Append(text, start, Math.Min(i, text.Length - 1) - start + 1);
                continue;
            }

            if (c == ';')
            {
                Flush(current, statements);
                continue;
            }

            current.Append(c);
        }

        Flush(current, statements);
        return statements;
    }

    private static void Flush(StringBuilder current, List<string> statements)
    {
        var statement = current.ToString().Trim();
        if (statement.Length > 0)
        {
            statements.Add(statement);
        }

        current.Clear();
    }
}
