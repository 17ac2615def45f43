using System.Text.Json;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Neo4j.Json;
using RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Json;

public sealed class LegacyResultReaderTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Read_RowWithNodeMeta_BuildsNodeFromGraphSection()
    {
        var outcome = LegacyResultReader.Read(Parse(Neo4jFixtures.LegacyOrg), maxRows: null);
        outcome.Result.Columns.ShouldBe(["o", "name"]);
        var node = outcome.Result.Rows[0][0].ShouldBeOfType<Node>();
        node.Labels.ShouldBe(["Org"]);
        node.ElementId.ShouldBe("4:abc:12");
        node.Id.ShouldBe(12);
        node.Properties["name"].ShouldBe("Acme");
        outcome.Result.Rows[0][1].ShouldBe("Acme");
    }

    [Fact]
    public void Read_Stats_AreSnakeCaseCounters()
    {
        var counters = LegacyResultReader.Read(Parse(Neo4jFixtures.LegacyOrg), maxRows: null).Result.Counters;
        counters.NodesCreated.ShouldBe(1);
        counters.PropertiesSet.ShouldBe(2);
        counters.LabelsAdded.ShouldBe(1);
    }

    [Fact]
    public void Read_LastBookmarks_AreBookmarks() =>
        LegacyResultReader.Read(Parse(Neo4jFixtures.LegacyOrg), maxRows: null).Bookmarks.ShouldBe(["FB:legacy"]);

    [Fact]
    public void Read_PathMeta_BuildsPathWithRelationshipEnds()
    {
        const string json = """
            { "results": [ { "columns": ["p"], "data": [ {
                "row": [ [ { "name": "A" }, { "since": 2019 }, { "name": "B" } ] ],
                "meta": [ [ { "id": 1, "elementId": "4:x:1", "type": "node", "deleted": false },
                            { "id": 9, "elementId": "5:x:9", "type": "relationship", "deleted": false },
                            { "id": 2, "elementId": "4:x:2", "type": "node", "deleted": false } ] ],
                "graph": { "nodes": [ { "id": "1", "elementId": "4:x:1", "labels": ["Org"], "properties": { "name": "A" } },
                                      { "id": "2", "elementId": "4:x:2", "labels": ["Org"], "properties": { "name": "B" } } ],
                           "relationships": [ { "id": "9", "elementId": "5:x:9", "type": "FUNDS", "startNode": "2", "endNode": "1", "properties": { "since": 2019 } } ] } } ] } ],
              "errors": [] }
            """;
        var path = LegacyResultReader.Read(Parse(json), maxRows: null).Result.Rows[0][0].ShouldBeOfType<GraphPath>();
        path.Nodes.Select(n => n.Properties["name"]).ShouldBe(["A", "B"]);
        var relationship = path.Relationships.Single();
        relationship.Type.ShouldBe("FUNDS");
        relationship.StartNodeElementId.ShouldBe("4:x:2");
        relationship.EndNodeElementId.ShouldBe("4:x:1");
    }

    [Fact]
    public void Read_ListOfScalars_StaysList()
    {
        const string json = """{ "results": [ { "columns": ["xs"], "data": [ { "row": [ [1, 2.5, "a"] ], "meta": [ [null, null, null] ] } ] } ], "errors": [] }""";
        LegacyResultReader.Read(Parse(json), maxRows: null).Result.Rows[0][0]
            .ShouldBeAssignableTo<IReadOnlyList<object?>>()!.ShouldBe(new object?[] { 1L, 2.5, "a" });
    }
}
