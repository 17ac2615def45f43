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
}
