using System.Text.Json;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Json;

public sealed class PlainJsonReaderTests
{
    private static object? Read(string json) => PlainJsonReader.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Read_IntegerLiteral_IsLongWithEveryDigit() => Read("9007199254740993").ShouldBe(9007199254740993L);

    [Fact]
    public void Read_DecimalLiteral_IsDouble() => Read("2.5").ShouldBe(2.5);

    [Fact]
    public void Read_ExponentLiteral_IsDouble() => Read("1e3").ShouldBe(1000.0);

    [Fact]
    public void Read_Scalars_MapDirectly()
    {
        Read("null").ShouldBeNull();
        Read("true").ShouldBe(true);
        Read("\"Acme\"").ShouldBe("Acme");
    }

    [Fact]
    public void Read_NodeShape_IsNode()
    {
        var node = Read("""{ "elementId": "4:9c1e:12", "labels": ["Org"], "properties": { "id": "org-17", "since": 2019 } }""").ShouldBeOfType<Node>();
        node.Labels.ShouldBe(["Org"]);
        node.Properties["since"].ShouldBe(2019L);
    }

    [Fact]
    public void Read_RelationshipShape_IsRelationship()
    {
        var relationship = Read("""
            { "elementId": "5:9c1e:40", "startNodeElementId": "4:9c1e:12", "endNodeElementId": "4:9c1e:31", "type": "FUNDS", "properties": {} }
            """).ShouldBeOfType<Relationship>();
        relationship.Type.ShouldBe("FUNDS");
        relationship.EndNodeElementId.ShouldBe("4:9c1e:31");
    }

    [Fact]
    public void Read_OtherObject_IsMapAndArrayIsList()
    {
        var map = Read("""{ "a": [1, "b", null] }""").ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!;
        map["a"].ShouldBeAssignableTo<IReadOnlyList<object?>>()!.ShouldBe(new object?[] { 1L, "b", null });
    }

    // The plain JSON forms below are the documented ones (design/neo4j-http.md §1.5), unverified against a live server.
    [Theory]
    [InlineData("2015-03-26")]
    [InlineData("12:50:35.556+01:00")]
    [InlineData("12:50:35.556")]
    [InlineData("2015-11-21T21:40:32.142Z[Antarctica/Troll]")]
    [InlineData("2015-07-21T21:40:32.142+01:00")]
    [InlineData("2015-07-21T21:40:32.142")]
    [InlineData("P14DT16H12M")]
    public void Read_TemporalValue_StaysTheServersIsoText(string iso) => Read($"\"{iso}\"").ShouldBe(iso);

    [Theory]
    [InlineData("SRID=4326;POINT (12.5 41.9)")]
    [InlineData("SRID=9157;POINT Z (1.0 2.0 3.0)")]
    public void Read_Point_StaysItsWktText(string wkt) => Read($"\"{wkt}\"").ShouldBe(wkt);

    [Fact]
    public void Read_ByteArray_StaysBase64TextThatDecodesToTheBytes()
    {
        var text = Read("\"AAH/gA==\"").ShouldBeOfType<string>();
        Convert.FromBase64String(text).ShouldBe(new byte[] { 0x00, 0x01, 0xFF, 0x80 });
    }

    [Fact]
    public void Read_NodeRelationshipNodeThatJoin_IsPath()
    {
        var path = Read($"[{NodeJson("4:db:1", "Org")}, {RelJson("5:db:9", "4:db:2", "4:db:1")}, {NodeJson("4:db:2", "Person")}, {RelJson("5:db:8", "4:db:2", "4:db:3")}, {NodeJson("4:db:3", "Org")}]")
            .ShouldBeOfType<GraphPath>();
        path.Nodes.Select(n => n.ElementId).ShouldBe(["4:db:1", "4:db:2", "4:db:3"]);
        path.Relationships.Select(r => r.ElementId).ShouldBe(["5:db:9", "5:db:8"]);
        path.Relationships[0].StartNodeElementId.ShouldBe("4:db:2", "the first step runs against the path's direction");
        path.Length.ShouldBe(2);
    }

    [Fact]
    public void Read_NodeRelationshipNodeThatDoNotJoin_StaysList()
    {
        var list = Read($"[{NodeJson("4:db:1", "Org")}, {RelJson("5:db:9", "4:db:7", "4:db:8")}, {NodeJson("4:db:2", "Org")}]")
            .ShouldBeAssignableTo<IReadOnlyList<object?>>()!;
        list.Count.ShouldBe(3);
        list[1].ShouldBeOfType<Relationship>();
    }

    [Fact]
    public void Read_ListOfNodesOnly_StaysList() =>
        Read($"[{NodeJson("4:db:1", "Org")}, {NodeJson("4:db:2", "Org")}, {NodeJson("4:db:3", "Org")}]").ShouldBeAssignableTo<IReadOnlyList<object?>>()!.Count.ShouldBe(3);

    private static string NodeJson(string id, string label) => $$"""{ "elementId": "{{id}}", "labels": ["{{label}}"], "properties": {} }""";

    private static string RelJson(string id, string start, string end) =>
        $$"""{ "elementId": "{{id}}", "startNodeElementId": "{{start}}", "endNodeElementId": "{{end}}", "type": "FUNDS", "properties": {} }""";
}
