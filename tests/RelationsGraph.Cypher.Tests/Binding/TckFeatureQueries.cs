using System.Text.RegularExpressions;

namespace RelationsGraph.Cypher.Tests.Binding;

/// <summary>
/// The queries of the openCypher TCK feature files, read in place (never copied): each scenario, and each
/// example row of an outline, with its procedures, setup queries and expected outcome.
/// </summary>
internal static partial class TckFeatureQueries
{
    /// <summary>One executed query of a scenario.</summary>
    public sealed record TckQuery(string Scenario, string Query, IReadOnlyList<string> Procedures, string? CompileTimeDetail, bool IsSetup);

    /// <summary>
    /// The TCK features folder: $RELATIONSGRAPH_TCK_DIR, else ../shared/opencypher-tck beside the repository
    /// (where CI and every developer have it); null when neither exists.
    /// </summary>
    public static string? FindFeatureDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("RELATIONSGRAPH_TCK_DIR");
        var beside = Syntax.RepositoryRoot.Path is { } repo ? Path.Combine(repo, "..", "shared", "opencypher-tck") : null;
        foreach (var root in new[] { configured, beside })
        {
            if (root is not null && Directory.Exists(Path.Combine(root, "features")))
            {
                return Path.GetFullPath(Path.Combine(root, "features"));
            }
        }

        return null;
    }

    public static IEnumerable<TckQuery> Load(string featureDirectory)
    {
        foreach (var path in Directory.GetFiles(featureDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(featureDirectory, path);
            foreach (var query in ReadFeature(name, File.ReadAllLines(path)))
            {
                yield return query;
            }
        }
    }

    private sealed class Scenario(string title)
    {
        public string Title { get; } = title;

        public List<(string Step, string? DocString)> Steps { get; } = [];

        public List<Dictionary<string, string>> Examples { get; } = [];
    }

    private static IEnumerable<TckQuery> ReadFeature(string file, string[] lines)
    {
        var scenarios = new List<Scenario>();
        Scenario? current = null;
        string[]? exampleHeader = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("Scenario", StringComparison.Ordinal))
            {
                current = new Scenario(line);
                scenarios.Add(current);
                exampleHeader = null;
            }
            else if (current is null)
            {
                continue;
            }
            else if (line.StartsWith("Examples", StringComparison.Ordinal))
            {
                exampleHeader = [];
            }
            else if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var body = new List<string>();
                for (i++; !lines[i].Trim().StartsWith("\"\"\"", StringComparison.Ordinal); i++)
                {
                    body.Add(lines[i]);
                }

                var indent = body.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
                var text = string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
                var last = current.Steps[^1];
                current.Steps[^1] = (last.Step, text);
            }
            else if (line.StartsWith('|') && exampleHeader is not null)
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (exampleHeader.Length == 0)
                {
                    exampleHeader = cells;
                }
                else
                {
                    current.Examples.Add(exampleHeader.Zip(cells).ToDictionary(p => p.First, p => p.Second));
                }
            }
            else if (line.Length > 0 && !line.StartsWith('|') && !line.StartsWith('#') && !line.StartsWith('@'))
            {
                current.Steps.Add((line, null));
            }
        }

        foreach (var scenario in scenarios)
        {
            var rows = scenario.Examples.Count > 0 ? scenario.Examples : [new Dictionary<string, string>()];
            for (var r = 0; r < rows.Count; r++)
            {
                string Fill(string text) => rows[r].Aggregate(text, (acc, cell) => acc.Replace($"<{cell.Key}>", cell.Value, StringComparison.Ordinal));
                var procedures = new List<string>();
                string? detail = null;
                var setups = new List<string>();
                string? query = null;
                foreach (var (step, doc) in scenario.Steps)
                {
                    if (step.Contains("there exists a procedure", StringComparison.Ordinal))
                    {
                        procedures.Add(step[(step.IndexOf("procedure", StringComparison.Ordinal) + "procedure".Length)..].Trim());
                    }
                    else if (doc is not null && step.Contains("having executed", StringComparison.Ordinal))
                    {
                        setups.Add(Fill(doc));
                    }
                    else if (doc is not null && step.StartsWith("When executing", StringComparison.Ordinal))
                    {
                        query = Fill(doc);
                    }
                    else if (CompileTimeError().Match(step) is { Success: true } match)
                    {
                        detail = match.Groups[1].Value;
                    }
                }

                var title = $"{file} {scenario.Title}" + (scenario.Examples.Count > 0 ? $" #{r + 1}" : string.Empty);
                foreach (var setup in setups)
                {
                    yield return new TckQuery(title, setup, procedures, null, IsSetup: true);
                }

                if (query is not null)
                {
                    yield return new TckQuery(title, query, procedures, detail, IsSetup: false);
                }
            }
        }
    }

    [GeneratedRegex(@"should be raised at compile time: (\w+)")]
    private static partial Regex CompileTimeError();
}
