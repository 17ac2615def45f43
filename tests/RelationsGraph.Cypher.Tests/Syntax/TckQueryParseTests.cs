using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Syntax;
using Xunit.Abstractions;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>
/// Regression guards over the TCK: the share of its valid queries that parse, and of its syntax-error
/// scenarios that fail with the expected detail. Thresholds sit just under what the parser reached.
/// </summary>
public sealed class TckQueryParseTests(ITestOutputHelper output)
{
    private const double MinimumParsedShare = 0.99;
    private const double MinimumSyntaxErrorShare = 0.95;

    [TckFact]
    public void Parse_TckQueriesExpectedToParse_AlmostAllParse()
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

        queries.Count.ShouldBeGreaterThan(1000);
        ((double)parsed / queries.Count).ShouldBeGreaterThanOrEqualTo(MinimumParsedShare, string.Join("\n\n", failures.Take(20)));
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

        queries.Count.ShouldBeGreaterThan(20);
        ((double)(queries.Count - failures.Count) / queries.Count).ShouldBeGreaterThanOrEqualTo(MinimumSyntaxErrorShare, string.Join("\n\n", failures));
    }
}
