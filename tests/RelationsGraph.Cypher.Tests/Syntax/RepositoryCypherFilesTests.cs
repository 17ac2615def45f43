using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>The app's own Cypher (schema, seed, saved queries under cypher/) must parse.</summary>
public sealed class RepositoryCypherFilesTests
{
    [Fact]
    public void Parse_EveryStatementOfTheCypherFolder_Parses()
    {
        var folder = System.IO.Path.Combine(RepositoryRoot.Path.ShouldNotBeNull(), "cypher");
        var files = Directory.GetFiles(folder, "*.cypher", SearchOption.AllDirectories);
        files.ShouldNotBeEmpty();
        var count = 0;
        foreach (var file in files)
        {
            foreach (var statement in SplitStatements(File.ReadAllText(file)))
            {
                Should.NotThrow(() => CypherParser.Parse(statement), $"{file}:\n{statement}");
                count++;
            }
        }

        count.ShouldBeGreaterThanOrEqualTo(files.Length);
    }

    /// <summary>Statements end at ';' tokens, so semicolons inside strings and comments don't split.</summary>
    private static List<string> SplitStatements(string script)
    {
        var statements = new List<string>();
        int? start = null;
        foreach (var token in Lexer.Tokenize(script))
        {
            if (token.Kind is TokenKind.Semicolon or TokenKind.EndOfInput)
            {
                if (start is { } from)
                {
                    statements.Add(script[from..token.Offset]);
                }

                start = null;
            }
            else
            {
                start ??= token.Offset;
            }
        }

        return statements;
    }
}
