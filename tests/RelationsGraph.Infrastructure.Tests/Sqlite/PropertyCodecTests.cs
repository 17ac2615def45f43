using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Infrastructure.Tests.Sqlite;

public sealed class PropertyCodecTests
{
    [Fact]
    public void DecodeProperties_AfterEncode_KeepsEveryValueAndItsType()
    {
        var nested = new Dictionary<string, object?>(StringComparer.Ordinal) { ["k"] = new List<object?> { 1L, "x", null } };
        var properties = new List<KeyValuePair<string, object?>>
        {
            new("int", 42L),
            new("negative", long.MinValue),
            new("big", long.MaxValue),
            new("float", 1.0),
            new("nan", double.NaN),
            new("text", "Kim Yo Jong — 김여정"),
            new("empty", ""),
            new("yes", true),
            new("no", false),
            new("list", new List<object?> { 1L, 2.5, "three", new List<object?>() }),
            new("map", nested),
        };

        var decoded = PropertyCodec.DecodeProperties(PropertyCodec.EncodeProperties(properties), new StringPool());

        decoded.Count.ShouldBe(properties.Count);
        decoded[0].Value.ShouldBeOfType<long>().ShouldBe(42L);
        decoded[1].Value.ShouldBe(long.MinValue);
        decoded[2].Value.ShouldBe(long.MaxValue);
        decoded[3].Value.ShouldBeOfType<double>().ShouldBe(1.0);
        double.IsNaN((double)decoded[4].Value!).ShouldBeTrue();
        decoded[5].Value.ShouldBe("Kim Yo Jong — 김여정");
        decoded[6].Value.ShouldBe("");
        decoded[7].Value.ShouldBe(true);
        decoded[8].Value.ShouldBe(false);
        var list = decoded[9].Value.ShouldBeAssignableTo<IReadOnlyList<object?>>()!;
        list.Count.ShouldBe(4);
        list[1].ShouldBe(2.5);
        list[3].ShouldBeAssignableTo<IReadOnlyList<object?>>()!.Count.ShouldBe(0);
        var map = decoded[10].Value.ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!;
        map["k"].ShouldBeAssignableTo<IReadOnlyList<object?>>()![2].ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-06-19")]
    [InlineData("-0044-03-15")]
    public void DecodeProperties_Date_RoundTrips(string text) => RoundTrip(RelationsGraph.Core.Values.CypherDate.Parse(text));

    [Theory]
    [InlineData("2015-07-21T21:40:32.142+02:00[Europe/Stockholm]")]
    [InlineData("1984-10-11T12:31:14.645876123Z")]
    public void DecodeProperties_DateTime_RoundTrips(string text) => RoundTrip(RelationsGraph.Core.Values.CypherDateTime.Parse(text));

    [Theory]
    [InlineData("P14DT1M10.001S")]
    [InlineData("P-1Y-8M")]
    public void DecodeProperties_Duration_RoundTrips(string text) => RoundTrip(RelationsGraph.Core.Values.CypherDuration.Parse(text));

    [Fact]
    public void DecodeProperties_Times_RoundTrip()
    {
        RoundTrip(RelationsGraph.Core.Values.CypherLocalTime.Parse("12:31:14.645876123"));
        RoundTrip(RelationsGraph.Core.Values.CypherTime.Parse("00:00:00.000000002+01:00"));
        RoundTrip(RelationsGraph.Core.Values.CypherLocalDateTime.Parse("1984-10-11T12:31:14"));
    }

    [Fact]
    public void DecodeStrings_RepeatedShortStrings_ShareOneInstance()
    {
        var pool = new StringPool();
        var first = PropertyCodec.DecodeStrings(PropertyCodec.EncodeStrings(["Actor", "State"]), pool);
        var second = PropertyCodec.DecodeStrings(PropertyCodec.EncodeStrings(["Actor"]), pool);

        first[0].ShouldBe("Actor");
        ReferenceEquals(first[0], second[0]).ShouldBeTrue();
    }

    private static void RoundTrip(object value)
    {
        var decoded = PropertyCodec.DecodeProperties(PropertyCodec.EncodeProperties([new("t", value)]), new StringPool());

        decoded[0].Value.ShouldBe(value);
        decoded[0].Value!.GetType().ShouldBe(value.GetType());
        decoded[0].Value!.ToString().ShouldBe(value.ToString());
    }

    [Fact]
    public void EncodeRelationship_Format2_StoresDatesAsDayNumbersAndReadsThemBackShared()
    {
        var tokens = new TokenTable();
        var date = RelationsGraph.Core.Values.CypherDate.Of(2019, 5, 22);
        var pool = new StringPool();
        var first = new List<KeyValuePair<string, object?>>();
        var second = new List<KeyValuePair<string, object?>>();

        var blob = PropertyCodec.EncodeRelationship(7, 9, "TIE", [new("since", date), new("status", "active")], tokens);
        PropertyCodec.DecodeRelationship(blob, tokens.ToArray(), pool, out var start, out var end, out var type, first);
        PropertyCodec.DecodeRelationship(blob, tokens.ToArray(), pool, out _, out _, out _, second);

        (start, end, type).ShouldBe((7L, 9L, "TIE"));
        first[0].Value.ShouldBeOfType<RelationsGraph.Core.Values.CypherDate>().ShouldBe(date);
        second[0].Value.ShouldBeSameAs(first[0].Value);
        first[1].Value.ShouldBe("active");
        System.Text.Encoding.UTF8.GetString(blob).ShouldNotContain("2019");
        blob.Length.ShouldBe(18, "ends, type, count, then key, tag and a 3-byte day number, then the status");
    }

    [Fact]
    public void EncodeProperties_Format1_KeepsDatesAsText()
    {
        var blob = PropertyCodec.EncodeProperties([new("d", RelationsGraph.Core.Values.CypherDate.Of(2019, 5, 22))]);

        System.Text.Encoding.UTF8.GetString(blob).ShouldContain("2019-05-22");
        PropertyCodec.DecodeProperties(blob, new StringPool())[0].Value.ShouldBe(RelationsGraph.Core.Values.CypherDate.Of(2019, 5, 22));
    }
}
