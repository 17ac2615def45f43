using System.Text.Json;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Neo4j.Json;
using RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Json;

public sealed class QueryApiResultReaderTests
{
    private static StatementOutcome Read(string json, string mediaType = "application/vnd.neo4j.query", int? maxRows = null)
    {
        using var response = new Neo4jHttpResponse(202, JsonDocument.Parse(json), mediaType, null, null);
        return QueryApiResultReader.Read(response, maxRows);
    }

    [Fact]
    public void Read_TypedRecord_GivesColumnsRowsCountersAndBookmark()
    {
        var outcome = Read(Neo4jFixtures.OrgAndFunds);
        outcome.Result.Columns.ShouldBe(["o", "r", "partner"]);
        var row = outcome.Result.Rows.Single();
        row[0].ShouldBeOfType<Node>().Properties["name"].ShouldBe("Acme");
        row[1].ShouldBeOfType<Relationship>().Type.ShouldBe("FUNDS");
        row[2].ShouldBe("Beta Trust");
        outcome.Result.Counters.ContainsUpdates.ShouldBeFalse();
        outcome.Bookmarks.ShouldBe(["FB:kcwQ1"]);
        outcome.Result.Bookmark.ShouldBe("FB:kcwQ1");
    }

    [Fact]
    public void Read_Counters_AreMapped()
    {
        var counters = Read(Neo4jFixtures.MergeCounters).Result.Counters;
        counters.NodesCreated.ShouldBe(1);
        counters.PropertiesSet.ShouldBe(2);
        counters.LabelsAdded.ShouldBe(1);
        counters.ContainsUpdates.ShouldBeTrue();
    }

    [Fact]
    public void Read_PlainJsonAnswer_IsReadAsPlain()
    {
        var outcome = Read("""{ "data": { "fields": ["n", "x"], "values": [[ { "elementId": "4:a:1", "labels": ["Org"], "properties": {} }, 9007199254740993 ]] } }""", "application/json");
        outcome.Result.Rows[0][0].ShouldBeOfType<Node>();
        outcome.Result.Rows[0][1].ShouldBe(9007199254740993L);
    }

    [Fact]
    public void Read_BetaEraFlatValues_AreChunkedByFieldCount()
    {
        var outcome = Read("""{ "data": { "fields": ["a", "b"], "values": [ 1, "x", 2, "y" ] } }""", "application/json");
        outcome.Result.Rows.Count.ShouldBe(2);
        outcome.Result.Rows[1].ShouldBe(new object?[] { 2L, "y" });
    }

    [Fact]
    public void Read_MoreRowsThanCap_IsTruncated()
    {
        var outcome = Read("""{ "data": { "fields": ["a"], "values": [ [1], [2], [3] ] } }""", "application/json", maxRows: 2);
        outcome.Result.Rows.Count.ShouldBe(2);
        outcome.Result.Truncated.ShouldBeTrue();
    }

    [Fact]
    public void Read_NoData_IsEmptyResult()
    {
        var outcome = Read(Neo4jFixtures.Commit);
        outcome.Result.Columns.ShouldBeEmpty();
        outcome.Result.Rows.ShouldBeEmpty();
        outcome.Bookmarks.ShouldBe(["FB:committed"]);
    }
}
