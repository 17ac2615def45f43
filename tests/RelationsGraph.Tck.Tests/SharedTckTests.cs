using RelationsGraph.Tck.Running;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Tests;

/// <summary>Checks the runner against the shared TCK folder, when the clone sits beside it.</summary>
public sealed class SharedTckTests
{
    private static readonly string? Features = ScenarioDiscovery.DefaultFeaturesFolder(ScenarioDiscovery.FindRepositoryRoot());

    [Fact]
    public void Load_SharedFeatures_ExpandsToTheDocumentedScenarioCount()
    {
        if (Features is null || !Directory.Exists(Features))
        {
            return;
        }

        var scenarios = ScenarioDiscovery.Load(Features);

        scenarios.Count.ShouldBe(2672);
        scenarios.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count().ShouldBe(scenarios.Count);
        scenarios.Count(s => s.Folder == "expressions/quantifier").ShouldBe(490);
        scenarios.Count(s => s.Folder == "clauses/match").ShouldBe(276);
    }

    [Fact]
    public void Parse_EveryValueCellOfTheSharedFeatures_IsValidNotation()
    {
        if (Features is null || !Directory.Exists(Features))
        {
            return;
        }

        var failures = new List<string>();
        foreach (var scenario in ScenarioDiscovery.Load(Features))
        {
            foreach (var step in scenario.Steps.Where(s => s.Table is not null))
            {
                var cells = step.Text switch
                {
                    "parameters are:" => step.Table!.Select(r => r[1]),
                    "the side effects should be:" => [],
                    _ => step.Table!.Skip(1).SelectMany(r => r),
                };
                foreach (var cell in cells)
                {
                    try
                    {
                        ValueNotationParser.Parse(cell);
                    }
                    catch (FormatException ex)
                    {
                        failures.Add(scenario.Id + ": " + ex.Message);
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
    }
}
