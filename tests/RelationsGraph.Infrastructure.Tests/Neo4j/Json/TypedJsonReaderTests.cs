using System.Text.Json;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Json;

public sealed class TypedJsonReaderTests
{
    private static object? Read(string json) => TypedJsonReader.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Read_Null_IsNull() => Read("""{"$type":"Null","_value":null}""").ShouldBeNull();

    [Fact]
    public void Read_Boolean_IsBool() => Read("""{"$type":"Boolean","_value":true}""").ShouldBe(true);

    [Fact]
    public void Read_IntegerAboveDoublePrecision_KeepsEveryDigit() =>
        Read("""{"$type":"Integer","_value":"9007199254740993"}""").ShouldBe(9007199254740993L);

    [Fact]
    public void Read_IntegerExtremes_AreLongs()
    {
        Read("""{"$type":"Integer","_value":"-9223372036854775808"}""").ShouldBe(long.MinValue);
        Read("""{"$type":"Integer","_value":"9223372036854775807"}""").ShouldBe(long.MaxValue);
    }

    [Theory]
    [InlineData("3.2E9", 3.2e9)]
    [InlineData("0.25", 0.25)]
    [InlineData("-1.0E-5", -1.0e-5)]
    public void Read_Float_IsDouble(string text, double expected) =>
        Read($$"""{"$type":"Float","_value":"{{text}}"}""").ShouldBe(expected);

    [Fact]
    public void Read_FloatSpecials_AreNaNAndInfinities()
    {
        Read("""{"$type":"Float","_value":"NaN"}""").ShouldBeOfType<double>().ShouldBe(double.NaN);
        Read("""{"$type":"Float","_value":"Infinity"}""").ShouldBe(double.PositiveInfinity);
        Read("""{"$type":"Float","_value":"-Infinity"}""").ShouldBe(double.NegativeInfinity);
    }

    [Fact]
    public void Read_String_IsString() => Read("""{"$type":"String","_value":"Acme"}""").ShouldBe("Acme");

    [Fact]
    public void Read_Base64_IsBytes() => Read("""{"$type":"Base64","_value":"A2+/"}""").ShouldBe(new byte[] { 0x03, 0x6f, 0xbf });

    [Fact]
    public void Read_List_ReadsEachItemTyped()
    {
        var list = Read("""{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"Integer","_value":"2"},{"$type":"Null","_value":null}]}""");
        list.ShouldBeAssignableTo<IReadOnlyList<object?>>()!.ShouldBe(new object?[] { "a", 2L, null });
    }

    [Fact]
    public void Read_Map_ReadsEachEntryTyped()
    {
        var map = Read("""{"$type":"Map","_value":{"k":{"$type":"Integer","_value":"1"},"inner":{"$type":"Map","_value":{}}}}""")
            .ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!;
        map["k"].ShouldBe(1L);
        map["inner"].ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!.Count.ShouldBe(0);
    }

    [Fact]
    public void Read_Node_HasElementIdLabelsAndTypedProperties()
    {
        var node = Read("""
            {"$type":"Node","_value":{"_element_id":"4:9c1e:12","_labels":["Org","Actor"],
             "_properties":{"name":{"$type":"String","_value":"Acme"},"since":{"$type":"Integer","_value":"2019"}}}}
            """).ShouldBeOfType<Node>();
        node.ElementId.ShouldBe("4:9c1e:12");
        node.Id.ShouldBe(12);
        node.Labels.ShouldBe(["Org", "Actor"]);
        node.Properties["name"].ShouldBe("Acme");
        node.Properties["since"].ShouldBe(2019L);
    }

    [Fact]
    public void Read_Relationship_HasTypeEndsAndProperties()
    {
        var relationship = Read("""
            {"$type":"Relationship","_value":{"_element_id":"5:9c1e:40","_start_node_element_id":"4:9c1e:12",
             "_end_node_element_id":"4:9c1e:31","_type":"FUNDS","_properties":{"since":{"$type":"Integer","_value":"2019"}}}}
            """).ShouldBeOfType<Relationship>();
        relationship.Type.ShouldBe("FUNDS");
        relationship.Id.ShouldBe(40);
        relationship.StartNodeElementId.ShouldBe("4:9c1e:12");
        relationship.StartNodeId.ShouldBe(12);
        relationship.EndNodeElementId.ShouldBe("4:9c1e:31");
        relationship.EndNodeId.ShouldBe(31);
        relationship.Properties["since"].ShouldBe(2019L);
    }

    [Fact]
    public void Read_Path_AlternatesNodesAndRelationships()
    {
        var path = Read("""
            {"$type":"Path","_value":[
              {"$type":"Node","_value":{"_element_id":"4:x:1","_labels":["A"],"_properties":{}}},
              {"$type":"Relationship","_value":{"_element_id":"5:x:9","_start_node_element_id":"4:x:2","_end_node_element_id":"4:x:1","_type":"R","_properties":{}}},
              {"$type":"Node","_value":{"_element_id":"4:x:2","_labels":["B"],"_properties":{}}}]}
            """).ShouldBeOfType<GraphPath>();
        path.Nodes.Select(n => n.ElementId).ShouldBe(["4:x:1", "4:x:2"]);
        path.Relationships.Single().ElementId.ShouldBe("5:x:9");
        path.Length.ShouldBe(1);
    }

    [Fact]
    public void Read_Date_IsCypherDate() =>
        Read("""{"$type":"Date","_value":"2024-05-01"}""").ShouldBe(CypherDate.Of(2024, 5, 1));

    [Fact]
    public void Read_Time_IsCypherTimeWithOffset()
    {
        var time = Read("""{"$type":"Time","_value":"12:50:35.556+01:00"}""").ShouldBeOfType<CypherTime>();
        time.OffsetSeconds.ShouldBe(3600);
        time.LocalTime.ShouldBe(CypherLocalTime.Of(12, 50, 35, 556_000_000));
    }

    [Fact]
    public void Read_LocalTime_IsCypherLocalTime() =>
        Read("""{"$type":"LocalTime","_value":"12:50:35.556"}""").ShouldBe(CypherLocalTime.Of(12, 50, 35, 556_000_000));

    [Fact]
    public void Read_OffsetDateTime_IsCypherDateTimeWithoutZone()
    {
        var value = Read("""{"$type":"OffsetDateTime","_value":"2024-05-01T10:00:00+02:00"}""").ShouldBeOfType<CypherDateTime>();
        value.OffsetSeconds.ShouldBe(7200);
        value.ZoneId.ShouldBeNull();
    }

    [Fact]
    public void Read_ZonedDateTime_IsCypherDateTimeWithZone()
    {
        var value = Read("""{"$type":"ZonedDateTime","_value":"2024-05-01T10:00:00+02:00[Europe/Berlin]"}""").ShouldBeOfType<CypherDateTime>();
        value.ZoneId.ShouldBe("Europe/Berlin");
        value.Local.ShouldBe(CypherLocalDateTime.Of(CypherDate.Of(2024, 5, 1), CypherLocalTime.Of(10)));
    }

    [Fact]
    public void Read_LocalDateTime_IsCypherLocalDateTime() =>
        Read("""{"$type":"LocalDateTime","_value":"2024-05-01T10:00:00"}""").ShouldBe(CypherLocalDateTime.Of(CypherDate.Of(2024, 5, 1), CypherLocalTime.Of(10)));

    [Fact]
    public void Read_Duration_KeepsMonthsDaysAndSecondsApart() =>
        Read("""{"$type":"Duration","_value":"P1M2DT3H"}""").ShouldBe(CypherDuration.Of(1, 2, 3 * 3600, 0));

    [Fact]
    public void Read_Point_KeepsWktText() =>
        Read("""{"$type":"Point","_value":"SRID=4326;POINT (12.5 41.9)"}""").ShouldBe("SRID=4326;POINT (12.5 41.9)");

    [Fact]
    public void Read_Vector_IsListOfNumbers() =>
        Read("""{"$type":"Vector","_value":{"coordinatesType":"FLOAT32","coordinates":["0.5","1"]}}""")
            .ShouldBeAssignableTo<IReadOnlyList<object?>>()!.ShouldBe(new object?[] { 0.5, 1.0 });

    [Fact]
    public void Read_UnknownType_KeepsItsText() =>
        Read("""{"$type":"UUID","_value":"6f1c5a2e-0000-4000-8000-000000000000"}""").ShouldBe("6f1c5a2e-0000-4000-8000-000000000000");
}
