using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.IntegrationTests.Support;

namespace RelationsGraph.IntegrationTests.Differential;

/// <summary>Runs one query on both stores and says, value by value, where they differ.</summary>
internal static class StoreComparison
{
    public static async Task AssertSameAsync(IGraphBackend embedded, IGraphBackend neo4j, string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var request = new QueryRequest(query, parameters, AccessMode.Read, TimeSpan.FromMinutes(1));
        var (expected, expectedError) = await RunAsync(embedded, request);
        var (actual, actualError) = await RunAsync(neo4j, request);

        if (expectedError is not null || actualError is not null)
        {
            // Both must fail, with the same classification; message texts differ between the stores.
            (actualError?.Code).ShouldBe(expectedError?.Code, $"embedded: {expectedError?.Message}; neo4j: {actualError?.Message}");
            return;
        }

        actual!.Columns.ShouldBe(expected!.Columns);
        var ordered = OrderedCompletely(query);
        var actualRows = CanonicalValue.RowsOf(actual, ordered);
        var expectedRows = CanonicalValue.RowsOf(expected, ordered);
        actualRows.Count.ShouldBe(expectedRows.Count, "row count");
        for (var i = 0; i < expectedRows.Count; i++)
        {
            actualRows[i].ShouldBe(expectedRows[i], $"row {i}");
        }
    }

    private static async Task<(QueryResult? Result, CypherException? Error)> RunAsync(IGraphBackend backend, QueryRequest request)
    {
        try
        {
            return (await backend.RunAsync(request), null);
        }
        catch (CypherException ex)
        {
            return (null, ex);
        }
    }

    /// <summary>
    /// Ties under ORDER BY may come in any order on either store, so rows are compared as a multiset unless the
    /// query marks itself fully ordered with a <c>// differential: ordered</c> comment.
    /// </summary>
    private static bool OrderedCompletely(string query) => query.Contains("// differential: ordered", StringComparison.Ordinal);
}
