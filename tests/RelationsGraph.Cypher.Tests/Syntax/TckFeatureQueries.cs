using System.Text;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>One query of a TCK scenario and what the scenario expects of it.</summary>
internal sealed record TckQuery(string Feature, string Scenario, string Text, string? ExpectedSyntaxDetail, bool ShouldParse);

/// <summary>
/// Reads the queries out of the openCypher TCK feature files (the doc strings after <c>executing query:</c>
/// and <c>having executed:</c>), expanding Scenario Outline examples. Only what the parser tests need.
/// </summary>
internal static class TckFeatureQueries
{
    /// <summary>Compile-time error details that are the parser's business; others belong to later stages.</summary>
    private static readonly HashSet<string> SyntacticDetails = new(StringComparer.Ordinal)
    {
        "UnexpectedSyntax", "InvalidNumberLiteral", "IntegerOverflow", "FloatingPointOverflow",
        "InvalidUnicodeLiteral", "InvalidUnicodeCharacter",
    };

    /// <summary>The TCK features folder (../shared/opencypher-tck/features from the repository root), or null when absent.</summary>
    public static string? FeaturesDirectory { get; } = FindFeaturesDirectory();

    private static string? FindFeaturesDirectory()
    {
        if (RepositoryRoot.Path is not { } root)
        {
            return null;
        }

        var features = Path.GetFullPath(Path.Combine(root, "..", "shared", "opencypher-tck", "features"));
        return Directory.Exists(features) ? features : null;
    }

    public static IReadOnlyList<TckQuery> Load(string featuresDirectory)
    {
        var queries = new List<TckQuery>();
        foreach (var file in Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            ReadFeature(Path.GetRelativePath(featuresDirectory, file), File.ReadAllLines(file), queries);
        }

        return queries;
    }

    private sealed class Scenario(string name)
    {
        public string Name { get; } = name;

        public List<(string Text, bool Setup)> Queries { get; } = [];

        public string? ErrorDetail { get; set; }

        public bool ExpectsError { get; set; }

        public List<string[]> Examples { get; } = [];
    }

    private static void ReadFeature(string feature, string[] lines, List<TckQuery> output)
    {
        Scenario? scenario = null;
        var inExamples = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("Scenario", StringComparison.Ordinal) || line.StartsWith("Background:", StringComparison.Ordinal))
            {
                Flush(feature, scenario, output);
                scenario = new Scenario(line);
                inExamples = false;
            }
            else if (scenario is null)
            {
                continue;
            }
            else if (line.EndsWith("executing query:", StringComparison.Ordinal) || line.EndsWith("having executed:", StringComparison.Ordinal)
                || line.EndsWith("executing control query:", StringComparison.Ordinal))
            {
                var setup = line.EndsWith("having executed:", StringComparison.Ordinal);
                i = ReadDocString(lines, i + 1, out var text);
                scenario.Queries.Add((text, setup));
            }
            else if (line.Contains("should be raised", StringComparison.Ordinal))
            {
                scenario.ExpectsError = true;
                const string marker = "compile time: ";
                var at = line.IndexOf(marker, StringComparison.Ordinal);
                if (line.StartsWith("Then a SyntaxError", StringComparison.Ordinal) && at >= 0)
                {
                    scenario.ErrorDetail = line[(at + marker.Length)..].Trim();
                }
            }
            else if (line.StartsWith("Examples:", StringComparison.Ordinal))
            {
                inExamples = true;
            }
            else if (inExamples && line.StartsWith('|'))
            {
                scenario.Examples.Add(SplitRow(line));
            }
            else if (line.Length > 0)
            {
                inExamples = false;
            }
        }

        Flush(feature, scenario, output);
    }

    private static int ReadDocString(string[] lines, int start, out string text)
    {
        var i = start;
        while (i < lines.Length && lines[i].Trim() != "\"\"\"")
        {
            i++;
        }

        var indent = i < lines.Length ? lines[i].IndexOf('"', StringComparison.Ordinal) : 0;
        var builder = new StringBuilder();
        for (i++; i < lines.Length && lines[i].Trim() != "\"\"\""; i++)
        {
            var content = lines[i];
            var cut = 0;
            while (cut < indent && cut < content.Length && content[cut] == ' ')
            {
                cut++;
            }

            builder.Append(content, cut, content.Length - cut).Append('\n');
        }

        text = builder.ToString().TrimEnd('\n');
        return i;
    }

    private static string[] SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return [.. cells];
    }

    private static void Flush(string feature, Scenario? scenario, List<TckQuery> output)
    {
        if (scenario is null)
        {
            return;
        }

        var expectedSyntax = scenario.ErrorDetail is { } detail && SyntacticDetails.Contains(detail) ? detail : null;
        var rows = scenario.Examples.Count > 1 ? scenario.Examples.Skip(1).ToList() : [null!];
        var header = scenario.Examples.Count > 1 ? scenario.Examples[0] : [];
        foreach (var row in rows)
        {
            foreach (var (text, setup) in scenario.Queries)
            {
                var query = text;
                for (var c = 0; row is not null && c < header.Length && c < row.Length; c++)
                {
                    query = query.Replace("<" + header[c] + ">", row[c], StringComparison.Ordinal);
                }

                // A query parses unless the scenario expects a syntax error of it; semantic and runtime errors come later.
                var shouldParse = setup || expectedSyntax is null;
                output.Add(new TckQuery(feature, scenario.Name, query, setup ? null : expectedSyntax, shouldParse));
            }
        }
    }
}
