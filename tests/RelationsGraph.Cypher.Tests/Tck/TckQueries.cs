using System.Text.RegularExpressions;
using RelationsGraph.Tck.Running;

namespace RelationsGraph.Cypher.Tests.Tck;

/// <summary>
/// The queries of the openCypher TCK, read in place with the TCK runner's own feature parser, so the repository has
/// one reader of the Gherkin files and the parser and binder tests see exactly the scenarios the runner runs.
/// </summary>
internal static partial class TckQueries
{
    /// <summary>$RELATIONSGRAPH_TCK_DIR/features, else ../shared/opencypher-tck/features beside the repository; null when absent.</summary>
    public static string? FeaturesDirectory { get; } = FindFeaturesDirectory();

    private static readonly Lazy<IReadOnlyList<TckQuery>> All = new(() => Read(FeaturesDirectory!));

    /// <summary>Every query of every scenario and outline row, in feature-file order.</summary>
    public static IReadOnlyList<TckQuery> Load() =>
        FeaturesDirectory is null ? throw new InvalidOperationException("The TCK features folder is absent; guard the test with [TckFact].") : All.Value;

    private static string? FindFeaturesDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("RELATIONSGRAPH_TCK_DIR") is { Length: > 0 } dir ? Path.Combine(dir, "features") : null;
        var beside = ScenarioDiscovery.DefaultFeaturesFolder(ScenarioDiscovery.FindRepositoryRoot());
        return new[] { configured, beside }.FirstOrDefault(Directory.Exists) is { } found ? Path.GetFullPath(found) : null;
    }

    private static List<TckQuery> Read(string featuresDirectory)
    {
        var queries = new List<TckQuery>();
        foreach (var scenario in ScenarioDiscovery.Load(featuresDirectory))
        {
            var procedures = scenario.Steps
                .Where(s => s.Text.StartsWith("there exists a procedure ", StringComparison.Ordinal))
                .Select(s => s.Text["there exists a procedure ".Length..].Trim())
                .ToList();
            var detail = scenario.Steps.Select(s => CompileTimeError().Match(s.Text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            foreach (var step in scenario.Steps)
            {
                if (step.DocString is not { } text)
                {
                    continue;
                }

                if (step.Text.StartsWith("having executed", StringComparison.Ordinal))
                {
                    queries.Add(new TckQuery(scenario.Id, text, procedures, null, IsSetup: true));
                }
                else if (step.Text.StartsWith("executing query", StringComparison.Ordinal))
                {
                    queries.Add(new TckQuery(scenario.Id, text, procedures, detail, IsSetup: false));
                }
                else if (step.Text.StartsWith("executing control query", StringComparison.Ordinal))
                {
                    // Control queries inspect the graph after the query under test; the expected error is never theirs.
                    queries.Add(new TckQuery(scenario.Id, text, procedures, null, IsSetup: false));
                }
            }
        }

        return queries;
    }

    [GeneratedRegex(@"should be raised at compile time: (\w+)")]
    private static partial Regex CompileTimeError();
}
