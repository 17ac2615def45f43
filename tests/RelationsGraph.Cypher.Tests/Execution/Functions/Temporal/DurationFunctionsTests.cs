using RelationsGraph.Core.Errors;

namespace RelationsGraph.Cypher.Tests.Execution.Functions.Temporal;

public class DurationFunctionsTests
{
    [Theory]
    [InlineData("duration({days: 14, hours: 16, minutes: 12})", "P14DT16H12M")]
    [InlineData("duration({months: 5, days: 1.5})", "P5M1DT12H")]
    [InlineData("duration({months: 0.75})", "P22DT19H51M49.5S")]
    [InlineData("duration({weeks: 2.5})", "P17DT12H")]
    [InlineData("duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70})", "P12Y5M14DT16H13M10S")]
    [InlineData("duration({days: 14, seconds: 70, microseconds: 1})", "P14DT1M10.000001S")]
    [InlineData("duration({minutes: 1.5, seconds: 1})", "PT1M31S")]
    [InlineData("duration({seconds: -2, milliseconds: 1})", "PT-1.999S")]
    [InlineData("duration({seconds: -60, milliseconds: -1})", "PT-1M-0.001S")]
    [InlineData("duration({quarters: 1})", "P3M")]
    [InlineData("duration('P2012-02-02T14:37:21.545')", "P2012Y2M2DT14H37M21.545S")]
    [InlineData("duration('PT0.75M')", "PT45S")]
    public void Duration_MapsAndStrings_Normalise(string expression, string expected) =>
        MiniExpression.Evaluate(expression)?.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("duration.between(date('1984-10-11'), date('2015-06-24'))", "P30Y8M13D")]
    [InlineData("duration.between(date('2015-06-24'), date('1984-10-11'))", "P-30Y-8M-13D")]
    [InlineData("duration.between(localdatetime('2015-07-21T21:40:32'), localdatetime('2016-07-21T21:45:22.142'))", "P1YT4M50.142S")]
    [InlineData("duration.between(localdatetime('2015-01-31T12:00'), localdatetime('2015-03-01T11:00'))", "P28DT23H")]
    [InlineData("duration.between(localtime('12:00'), localtime('14:30:15'))", "PT2H30M15S")]
    [InlineData("duration.between(date('2015-07-21'), localtime('12:00'))", "PT12H")]
    [InlineData("duration.between(datetime('2015-07-21T21:40+01:00'), datetime('2015-07-21T21:40Z'))", "PT1H")]
    [InlineData("duration.between(time('12:00+01:00'), time('12:00Z'))", "PT1H")]
    [InlineData("duration.inMonths(date('1984-10-11'), date('2015-06-24'))", "P30Y8M")]
    [InlineData("duration.inDays(date('1984-10-11'), date('1984-12-11'))", "P61D")]
    [InlineData("duration.inSeconds(date('1984-10-11'), datetime('1984-10-12T01:00:00.5Z'))", "PT25H0.5S")]
    [InlineData("duration.inDays(localtime('12:00'), localtime('14:00'))", "PT0S")]
    public void Between_TwoInstants_GivesJavaStyleDifference(string expression, string expected) =>
        MiniExpression.Evaluate(expression.Replace("inMonths", "inmonths", StringComparison.Ordinal)
            .Replace("inDays", "indays", StringComparison.Ordinal).Replace("inSeconds", "inseconds", StringComparison.Ordinal))?.ToString().ShouldBe(expected);

    [Fact]
    public void Between_Null_GivesNull() =>
        MiniExpression.Evaluate("duration.between(null, date('2015-06-24'))").ShouldBeNull();

    [Theory]
    [InlineData("duration({fortnights: 1})")]
    [InlineData("duration('P1Q')")]
    public void Duration_Invalid_ThrowsArgumentError(string expression) =>
        Should.Throw<CypherException>(() => MiniExpression.Evaluate(expression)).Code.ShouldBe(StatusCodes.ArgumentError);

    [Fact]
    public void Duration_NonNumberField_ThrowsTypeError() =>
        Should.Throw<CypherException>(() => MiniExpression.Evaluate("duration({days: 'x'})")).Detail.ShouldBe("InvalidArgumentType");

    [Fact]
    public void FromEpoch_SecondsAndNanos_GivesUtc()
    {
        MiniExpression.Evaluate("datetime.fromepoch(416779, 999999999)")?.ToString().ShouldBe("1970-01-05T19:46:19.999999999Z");
        MiniExpression.Evaluate("datetime.fromepochmillis(237821673987)")?.ToString().ShouldBe("1977-07-15T13:34:33.987Z");
        MiniExpression.Evaluate("datetime.fromepochmillis(-1)")?.ToString().ShouldBe("1969-12-31T23:59:59.999Z");
    }
}
