using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Tests.Tck;
using Xunit.Abstractions;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>
/// Regression guards over the TCK: the share of its valid queries that parse, and of its syntax-error
/// scenarios that fail with the expected detail. Thresholds sit at what the parser reached (all 3271 queries,
/// backgrounds and control queries included, and all 34 when they were set), less a small margin for TCK files
/// that gain scenarios.
/// </summary>
public sealed class TckQueryParseTests(ITestOutputHelper output)
{
    private const int MinimumParsed = 3260;
    private const int MinimumRejected = 34;

    /// <summary>Compile-time error details that are the parser's business; others belong to later stages.</summary>
    private static readonly HashSet<string> SyntacticDetails = new(StringComparer.Ordinal)
    {
        "UnexpectedSyntax", "InvalidNumberLiteral", "IntegerOverflow", "FloatingPointOverflow",
        "InvalidUnicodeLiteral", "InvalidUnicodeCharacter",
    };

    private static string? ExpectedSyntaxDetail(TckQuery query) =>
        query.CompileTimeDetail is { } detail && SyntacticDetails.Contains(detail) ? detail : null;

    [TckFact]
    public void Parse_TckQueriesExpectedToParse_AtLeastTheThresholdParse()
    {
        // A query parses unless its scenario expects a syntax error of it; semantic and runtime errors come later.
        var queries = TckQueries.Load().Where(q => ExpectedSyntaxDetail(q) is null).DistinctBy(q => (q.Scenario, q.Text)).ToList();
        var failures = new List<string>();
        foreach (var query in queries)
        {
            try
            {
                CypherParser.Parse(query.Text);
            }
            catch (CypherException e)
            {
                failures.Add($"{query.Scenario}\n{query.Text}\n  -> {e.Message}");
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
        var queries = TckQueries.Load().Where(q => ExpectedSyntaxDetail(q) is not null).DistinctBy(q => (q.Scenario, q.Text)).ToList();
        var failures = new List<string>();
        foreach (var query in queries)
        {
            try
            {
                CypherParser.Parse(query.Text);
                failures.Add($"{query.Scenario}\n{query.Text}\n  -> parsed, expected {query.CompileTimeDetail}");
            }
            catch (CypherException e) when (e.Detail != query.CompileTimeDetail)
            {
                failures.Add($"{query.Scenario}\n{query.Text}\n  -> {e.Detail}, expected {query.CompileTimeDetail}: {e.Message}");
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
