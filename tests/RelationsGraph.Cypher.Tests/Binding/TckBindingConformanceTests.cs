using System.Text;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Binding;
using RelationsGraph.Cypher.Syntax;
using RelationsGraph.Cypher.Tests.Tck;
using Xunit.Abstractions;

namespace RelationsGraph.Cypher.Tests.Binding;

/// <summary>
/// Runs the analyzer over every query of the openCypher TCK subset (read in place): compile-time errors must
/// carry the TCK's detail, and queries that the TCK runs successfully must never be rejected.
/// </summary>
public sealed class TckBindingConformanceTests(ITestOutputHelper output)
{
    /// <summary>Details raised by the parser (syntax) or at run time with parameter values, not by the binder.</summary>
    private static readonly HashSet<string> NotBinderDetails = new(StringComparer.Ordinal)
    {
        "UnexpectedSyntax", "InvalidNumberLiteral", "IntegerOverflow", "InvalidUnicodeCharacter", "InvalidUnicodeLiteral", "MissingParameter",
    };

    private sealed record Outcome(TckQuery Query, string Problem);

    [TckFact]
    public void Analyze_TckQueries_RejectsCompileTimeErrorsWithTheirDetailAndNothingElse()
    {
        var queries = TckQueries.Load();
        var falseRejections = new List<Outcome>();
        var wrongDetails = new List<Outcome>();
        var unparsed = new List<Outcome>();
        var expectedErrors = 0;
        var validChecked = 0;
        foreach (var query in queries)
        {
            var isBinderError = query.CompileTimeDetail is { } detail && !NotBinderDetails.Contains(detail);
            if (query.CompileTimeDetail is not null && !isBinderError)
            {
                continue;
            }

            string? raised;
            try
            {
                var statement = CypherParser.Parse(query.Text);
                try
                {
                    SemanticAnalyzer.Analyze(statement, new TestProcedureCatalog(query.Procedures));
                    raised = null;
                }
                catch (CypherException error)
                {
                    raised = $"{error.Detail}: {error.Message}";
                }
            }
            catch (CypherException error) when (isBinderError && error.Detail == query.CompileTimeDetail)
            {
                // The parser may catch some of these itself; the detail is what counts.
                expectedErrors++;
                continue;
            }
            catch (Exception error)
            {
                unparsed.Add(new Outcome(query, error.Message));
                continue;
            }

            if (isBinderError)
            {
                expectedErrors++;
                if (raised is null || !raised.StartsWith(query.CompileTimeDetail + ":", StringComparison.Ordinal))
                {
                    wrongDetails.Add(new Outcome(query, $"expected {query.CompileTimeDetail}, got {raised ?? "no error"}"));
                }
            }
            else
            {
                validChecked++;
                if (raised is not null)
                {
                    falseRejections.Add(new Outcome(query, raised));
                }
            }
        }

        output.WriteLine($"compile-time binder errors: {expectedErrors - wrongDetails.Count}/{expectedErrors} with the right detail");
        output.WriteLine($"valid queries: {falseRejections.Count} falsely rejected of {validChecked}");
        output.WriteLine($"not parsed (parser's side): {unparsed.Count}");
        output.WriteLine(Describe("WRONG DETAIL", wrongDetails));
        output.WriteLine(Describe("FALSE REJECTION", falseRejections));
        output.WriteLine(Describe("NOT PARSED", unparsed));

        falseRejections.Count.ShouldBe(0, "falsely rejected valid queries; see the test output");
        wrongDetails.Count.ShouldBe(0, "compile-time errors without the TCK's detail; see the test output");
    }

    private static string Describe(string title, List<Outcome> outcomes)
    {
        var text = new StringBuilder();
        foreach (var outcome in outcomes)
        {
            text.Append(title).Append(" | ").Append(outcome.Query.Scenario)
                .Append(" | ").Append(outcome.Query.Text.ReplaceLineEndings(" "))
                .Append(" | ").AppendLine(outcome.Problem.ReplaceLineEndings(" "));
        }

        return text.ToString();
    }
}
