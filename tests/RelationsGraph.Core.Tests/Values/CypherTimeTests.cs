using RelationsGraph.Core.Values;

namespace RelationsGraph.Core.Tests.Values;

public class CypherTimeTests
{
    [Theory]
    [InlineData("21:40:32.142", "21:40:32.142")]
    [InlineData("214032.142", "21:40:32.142")]
    [InlineData("21:40:32", "21:40:32")]
    [InlineData("214032", "21:40:32")]
    [InlineData("21:40", "21:40")]
    [InlineData("2140", "21:40")]
    [InlineData("21", "21:00")]
    [InlineData("12:31:14.645876123", "12:31:14.645876123")]
    [InlineData("12:31:14.1", "12:31:14.100")]
    [InlineData("12:31:14.0001", "12:31:14.000100")]
    public void LocalTimeParse_IsoForms_PrintsShortestJavaForm(string text, string expected) =>
        CypherLocalTime.Parse(text).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("21:40:32.142+0100", "21:40:32.142+01:00")]
    [InlineData("214032.142Z", "21:40:32.142Z")]
    [InlineData("21:40:32+01:00", "21:40:32+01:00")]
    [InlineData("214032-0100", "21:40:32-01:00")]
    [InlineData("21:40-01:30", "21:40-01:30")]
    [InlineData("2140-00:00", "21:40Z")]
    [InlineData("2140-02", "21:40-02:00")]
    [InlineData("22+18:00", "22:00+18:00")]
    [InlineData("12:34:56-02:05:07", "12:34:56-02:05:07")]
    [InlineData("12:34:56+02:05:00", "12:34:56+02:05")]
    public void TimeParse_WithOffsets_PrintsJavaOffset(string text, string expected) =>
        CypherTime.Parse(text).ToString().ShouldBe(expected);

    [Fact]
    public void TimeCompareTo_DifferentOffsets_OrdersByInstant()
    {
        var times = new[] { "10:35-08:00", "12:31:14.645876123+01:00", "12:31:14.645876124+01:00", "12:35:15+05:00", "12:30:14.645876123+01:01" }
            .Select(CypherTime.Parse).Order().Select(t => t.ToString()).ToList();
        times.ShouldBe(["12:35:15+05:00", "12:30:14.645876123+01:01", "12:31:14.645876123+01:00", "12:31:14.645876124+01:00", "10:35-08:00"]);
    }

    [Fact]
    public void TimeEquals_SameInstantDifferentOffset_IsFalse() =>
        CypherTime.Parse("12:00+01:00").Equals(CypherTime.Parse("11:00Z")).ShouldBeFalse();

    [Fact]
    public void WithOffsetSameInstant_WrapsAroundMidnight() =>
        CypherTime.Parse("23:30+01:00").WithOffsetSameInstant(5 * 3600).ToString().ShouldBe("03:30+05:00");
}
