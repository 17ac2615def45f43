using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Syntax;
using Xunit.Abstractions;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>
/// Regression guards over the TCK: the share of its valid queries that parse, and of its syntax-error
/// scenarios that fail with the expected detail. Thresholds sit at what the parser reached (all 3121 and
/// all 33 when they were set), less a small margin for TCK files that gain scenarios.
/// </summary>
public sealed class TckQueryParseTests(ITestOutputHelper output)
{
    private const int MinimumParsed = 3110;
    private const int MinimumRejected = 33;

    [TckFact]
    public void Parse_TckQueriesExpectedToParse_AtLeastTheThresholdParse()
    {
        var queries = TckFeatureQueries.Load(TckFeatureQueries.FeaturesDirectory!).Where(q => q.ShouldParse).Distinct().ToList();
        var failures = new List<string>();
        foreach (var query in queries)
        {
            try
            {
                CypherParser.Parse(query.Text);
            }
            catch (CypherException e)
            {
                failures.Add($"{query.Feature} {query.Scenario}\n{query.Text}\n  -> {e.Message}");
            }
        }

        var parsed = queries.Count - failures.Count;
        output.WriteLine($"TCK queries parsed: {parsed} of {queries.Count}");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        parsed.ShouldBeGreaterThanOrEqualTo(MinimumParsed, string.Join("\n\n", failures.Take(20)));
    }

    [TckFact]
    public void Parse_TckSyntaxErrorScenarios_FailWithExpectedDetail()
    {
        var queries = TckFeatureQueries.Load(TckFeatureQueries.FeaturesDirectory!).Where(q => q.ExpectedSyntaxDetail is not null).Distinct().ToList();
        var failures = new List<string>();
        foreach (var query in queries)
        {
            try
            {
                CypherParser.Parse(query.Text);
                failures.Add($"{query.Feature} {query.Scenario}\n{query.Text}\n  -> parsed, expected {query.ExpectedSyntaxDetail}");
            }
            catch (CypherException e) when (e.Detail != query.ExpectedSyntaxDetail)
            {
                failures.Add($"{query.Feature} {query.Scenario}\n{query.Text}\n  -> {e.Detail}, expected {query.ExpectedSyntaxDetail}: {e.Message}");
            }
            catch (CypherException)
            {
                // Failed as expected.
            }
        }

        output.WriteLine($"TCK syntax-error scenarios rejected with the expected detail: {queries.Count - failures.Count} of {queries.Count}");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        (queries.Count - failures.Count).ShouldBeGreaterThanOrEqualTo(MinimumRejected, string.Join("\n\n", failures));
    }
}
