using RelationsGraph.Core.Values;

namespace RelationsGraph.Core.Tests.Values;

public class CypherDurationTests
{
    [Theory]
    [InlineData("P14DT16H12M", "P14DT16H12M")]
    [InlineData("P5M1.5D", "P5M1DT12H")]
    [InlineData("P0.75M", "P22DT19H51M49.5S")]
    [InlineData("PT0.75M", "PT45S")]
    [InlineData("P2.5W", "P17DT12H")]
    [InlineData("P12Y5M14DT16H12M70S", "P12Y5M14DT16H13M10S")]
    [InlineData("P2012-02-02T14:37:21.545", "P2012Y2M2DT14H37M21.545S")]
    [InlineData("PT-1.999S", "PT-1.999S")]
    [InlineData("P1DT-0.001S", "P1DT-0.001S")]
    [InlineData("PT-1M-0.001S", "PT-1M-0.001S")]
    [InlineData("P12Y5M-14DT16H", "P12Y5M-14DT16H")]
    [InlineData("-P1Y", "P-1Y")]
    [InlineData("PT0S", "PT0S")]
    public void Parse_IsoText_PrintsNormalised(string text, string expected) =>
        CypherDuration.Parse(text).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1H")]
    [InlineData("1D")]
    public void Parse_Invalid_Throws(string text) =>
        Should.Throw<RelationsGraph.Core.Errors.CypherException>(() => CypherDuration.Parse(text));

    [Theory]
    [InlineData(0, 0, 2, -1_000_000, "PT1.999S")]
    [InlineData(0, 0, -2, 1_000_000, "PT-1.999S")]
    [InlineData(0, 0, -2, -1_000_000, "PT-2.001S")]
    [InlineData(0, 1, 0, 1_000_000, "P1DT0.001S")]
    [InlineData(0, 0, 60, -1_000_000, "PT59.999S")]
    [InlineData(0, 0, -60, -1_000_000, "PT-1M-0.001S")]
    [InlineData(-20, 0, 0, 0, "P-1Y-8M")]
    [InlineData(0, 14, 70, 1, "P14DT1M10.000000001S")]
    public void Of_MixedSigns_NormalisesNanosToSecondsSign(long months, long days, long seconds, long nanos, string expected)
    {
        var duration = CypherDuration.Of(months, days, seconds, nanos);
        duration.ToString().ShouldBe(expected);
        CypherDuration.Parse(expected).ShouldBe(duration);
    }

    [Fact]
    public void Approximate_FractionalMonths_CascadeIntoDaysAndSeconds() =>
        CypherDuration.Approximate(0.75m, 0, 0, 0).ShouldBe(CypherDuration.Of(0, 22, (19 * 3600) + (51 * 60) + 49, 500_000_000));

    [Fact]
    public void MultiplyAndDivide_Fractions_Cascade()
    {
        CypherDuration.Parse("P1M").Multiply(0.5m).ToString().ShouldBe("P15DT5H14M33S");
        CypherDuration.Parse("P1D").Divide(2m).ToString().ShouldBe("PT12H");
        CypherDuration.Parse("PT1S").Multiply(3L).ToString().ShouldBe("PT3S");
    }

    [Fact]
    public void PlusAndMinus_ComponentWise()
    {
        var a = CypherDuration.Parse("P1M2DT3S");
        a.Plus(CypherDuration.Parse("P1DT0.5S")).ToString().ShouldBe("P1M3DT3.5S");
        a.Minus(a).ShouldBe(CypherDuration.Zero);
    }
}
