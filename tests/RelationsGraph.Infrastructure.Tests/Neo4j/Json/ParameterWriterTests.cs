using System.Buffers;
using System.Text;
using System.Text.Json;
using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Json;

public sealed class ParameterWriterTests
{
    private static string Typed(object? value) => Write(w => ParameterWriter.WriteTyped(w, value));

    private static string Plain(object? value) => Write(w => ParameterWriter.WritePlain(w, value));

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Neo4jHttp.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void WriteTyped_Scalars_CarryTypeAndStringValue()
    {
        Typed(null).ShouldBe("""{"$type":"Null","_value":null}""");
        Typed(true).ShouldBe("""{"$type":"Boolean","_value":true}""");
        Typed("Acme").ShouldBe("""{"$type":"String","_value":"Acme"}""");
        Typed(9007199254740993L).ShouldBe("""{"$type":"Integer","_value":"9007199254740993"}""");
        Typed(1.0).ShouldBe("""{"$type":"Float","_value":"1.0"}""");
        Typed(double.NaN).ShouldBe("""{"$type":"Float","_value":"NaN"}""");
    }

    [Fact]
    public void WriteTyped_Int_IsNormalisedToInteger() => Typed(42).ShouldBe("""{"$type":"Integer","_value":"42"}""");

    [Fact]
    public void WriteTyped_ListAndMap_AreTypedRecursively()
    {
        Typed(new List<object?> { 1L, "a" }).ShouldBe("""{"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"a"}]}""");
        Typed(new Dictionary<string, object?> { ["k"] = false }).ShouldBe("""{"$type":"Map","_value":{"k":{"$type":"Boolean","_value":false}}}""");
    }

    [Fact]
    public void WriteTyped_DateOnly_IsDate() => Typed(new DateOnly(2024, 6, 19)).ShouldBe("""{"$type":"Date","_value":"2024-06-19"}""");

    [Fact]
    public void WriteTyped_CoreTemporals_CarryNeo4jTypeNames()
    {
        Typed(CypherDate.Of(2024, 6, 19)).ShouldBe("""{"$type":"Date","_value":"2024-06-19"}""");
        // Zero seconds are left out, as java.time writes them too; both forms are ISO-8601.
        Typed(CypherLocalTime.Of(12, 50)).ShouldBe("""{"$type":"LocalTime","_value":"12:50"}""");
        Typed(CypherDuration.Of(1, 2, 3 * 3600, 0)).ShouldBe("""{"$type":"Duration","_value":"P1M2DT3H"}""");
        var local = CypherLocalDateTime.Of(CypherDate.Of(2024, 5, 1), CypherLocalTime.Of(10));
        Typed(CypherDateTime.OfOffset(local, 7200)).ShouldBe("""{"$type":"OffsetDateTime","_value":"2024-05-01T10:00+02:00"}""");
        Typed(CypherDateTime.Of(local, "Europe/Berlin")).ShouldBe("""{"$type":"ZonedDateTime","_value":"2024-05-01T10:00+02:00[Europe/Berlin]"}""");
    }

    [Fact]
    public void WritePlain_Temporal_IsIsoText() => Plain(CypherDate.Of(2024, 6, 19)).ShouldBe("\"2024-06-19\"");

    [Fact]
    public void WriteTyped_Node_IsRefused()
    {
        var node = new Node(1, "4:x:1", [], new Dictionary<string, object?>());
        Should.Throw<CypherException>(() => Typed(node)).Code.ShouldBe(StatusCodes.TypeError);
    }

    [Fact]
    public void WritePlain_WholeFloat_KeepsDecimalPointSoServerBindsFloat() => Plain(1.0).ShouldBe("1.0");

    [Fact]
    public void WritePlain_Integer_IsBareNumber() => Plain(7L).ShouldBe("7");

    [Fact]
    public void WritePlain_NaN_IsRefused() => Should.Throw<CypherException>(() => Plain(double.NaN));
}
