using RelationsGraph.Core.Values;
using RelationsGraph.Cypher.Execution.Functions.Temporal;

namespace RelationsGraph.Cypher.Tests.Execution.Functions.Temporal;

public class TemporalOperationsTests
{
    private static object Value(string expression) => MiniExpression.Evaluate(expression)!;

    [Theory]
    [InlineData("date('2015-01-31')", "duration('P1M1D')", "2015-03-01")]
    [InlineData("date('2016-01-31')", "duration('P1M')", "2016-02-29")]
    [InlineData("date('2015-07-21')", "duration('PT36H')", "2015-07-22")]
    [InlineData("localtime('23:00')", "duration('P1DT2H0.5S')", "01:00:00.500")]
    [InlineData("time('23:00+01:00')", "duration('PT2H')", "01:00+01:00")]
    [InlineData("localdatetime('2015-07-21T23:00')", "duration('P1M2DT2H')", "2015-08-24T01:00")]
    [InlineData("datetime('2015-03-28T12:00[Europe/Stockholm]')", "duration('P1D')", "2015-03-29T12:00+02:00[Europe/Stockholm]")]
    [InlineData("datetime('2015-03-28T12:00[Europe/Stockholm]')", "duration('PT24H')", "2015-03-29T13:00+02:00[Europe/Stockholm]")]
    [InlineData("duration('P1M')", "duration('PT1S')", "P1MT1S")]
    public void TryAdd_TemporalAndDuration_MonthsThenDaysThenTime(string left, string right, string expected)
    {
        TemporalOperations.TryAdd(Value(left), Value(right), out var sum).ShouldBeTrue();
        sum!.ToString().ShouldBe(expected);
        if (Value(left) is not CypherDuration)
        {
            TemporalOperations.TryAdd(Value(right), Value(left), out var swapped).ShouldBeTrue();
            swapped.ShouldBe(sum);
        }
    }

    [Theory]
    [InlineData("date('2015-03-31')", "duration('P1M')", "2015-02-28")]
    [InlineData("localdatetime('2015-07-21T00:30')", "duration('PT1H')", "2015-07-20T23:30")]
    [InlineData("duration('P1M')", "duration('P2M')", "P-1M")]
    public void TrySubtract_Duration_GoesBackwards(string left, string right, string expected)
    {
        TemporalOperations.TrySubtract(Value(left), Value(right), out var difference).ShouldBeTrue();
        difference!.ToString().ShouldBe(expected);
    }

    [Fact]
    public void TrySubtract_DurationMinusDate_IsNotAnOperation() =>
        TemporalOperations.TrySubtract(Value("duration('P1D')"), Value("date('2015-01-01')"), out _).ShouldBeFalse();

    [Fact]
    public void TryMultiplyAndDivide_ByNumbers_CascadeFractions()
    {
        var day = Value("duration('P1DT1H')");
        TemporalOperations.TryMultiply(day, 2L, out var twice).ShouldBeTrue();
        twice!.ToString().ShouldBe("P2DT2H");
        TemporalOperations.TryMultiply(0.5, day, out var half).ShouldBeTrue();
        half!.ToString().ShouldBe("PT12H30M");
        TemporalOperations.TryDivide(day, 2L, out var divided).ShouldBeTrue();
        divided!.ToString().ShouldBe("PT12H30M");
        TemporalOperations.TryMultiply(day, "x", out _).ShouldBeFalse();
        Should.Throw<RelationsGraph.Core.Errors.CypherException>(() => TemporalOperations.TryDivide(day, 0L, out _));
    }

    [Theory]
    [InlineData("date('1984-10-11')", "year", 1984L)]
    [InlineData("date('1984-10-11')", "quarter", 4L)]
    [InlineData("date('1984-10-11')", "week", 41L)]
    [InlineData("date('1984-01-01')", "weekYear", 1983L)]
    [InlineData("date('1984-10-11')", "dayOfWeek", 4L)]
    [InlineData("date('1984-10-11')", "ordinalDay", 285L)]
    [InlineData("date('1984-10-11')", "dayOfQuarter", 11L)]
    [InlineData("localtime('12:31:14.645876123')", "millisecond", 645L)]
    [InlineData("localtime('12:31:14.645876123')", "microsecond", 645876L)]
    [InlineData("localtime('12:31:14.645876123')", "nanosecond", 645876123L)]
    [InlineData("time('12:31+01:30')", "offsetMinutes", 90L)]
    [InlineData("time('12:31+01:30')", "offsetSeconds", 5400L)]
    [InlineData("datetime('1984-10-11T12:31:14.645+01:00')", "epochSeconds", 466342274L)]
    [InlineData("datetime('1984-10-11T12:31:14.645+01:00')", "epochMillis", 466342274645L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "years", 1L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "quarters", 4L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "months", 14L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "weeks", 3L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "days", 25L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "hours", 5L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "minutes", 306L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "seconds", 18367L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "milliseconds", 18367008L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "quartersOfYear", 0L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "monthsOfQuarter", 2L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "monthsOfYear", 2L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "daysOfWeek", 4L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "minutesOfHour", 6L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "secondsOfMinute", 7L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "millisecondsOfSecond", 8L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "microsecondsOfSecond", 8009L)]
    [InlineData("duration('P1Y2M3W4DT5H6M7.008009010S')", "nanosecondsOfSecond", 8009010L)]
    public void TryGetProperty_Component_GivesInteger(string expression, string key, long expected)
    {
        TemporalOperations.TryGetProperty(Value(expression), key, out var component).ShouldBeTrue();
        component.ShouldBe(expected);
    }

    [Theory]
    [InlineData("datetime('2015-07-21T21:40:32.142+02:00[Europe/Stockholm]')", "timezone", "Europe/Stockholm")]
    [InlineData("datetime('2015-07-21T21:40:32.142+02:00[Europe/Stockholm]')", "offset", "+02:00")]
    [InlineData("datetime('2015-07-21T21:40:32.142+02:00')", "timezone", "+02:00")]
    [InlineData("time('12:00Z')", "offset", "Z")]
    public void TryGetProperty_Zone_GivesText(string expression, string key, string expected)
    {
        TemporalOperations.TryGetProperty(Value(expression), key, out var component).ShouldBeTrue();
        component.ShouldBe(expected);
    }

    [Theory]
    [InlineData("date('1984-10-11')", "hour")]
    [InlineData("localdatetime('1984-10-11T12:00')", "timezone")]
    [InlineData("localdatetime('1984-10-11T12:00')", "epochSeconds")]
    [InlineData("duration('P1D')", "year")]
    public void TryGetProperty_FieldOfAnotherType_IsFalse(string expression, string key) =>
        TemporalOperations.TryGetProperty(Value(expression), key, out _).ShouldBeFalse();

    [Fact]
    public void Compare_SameType_OrdersAndOtherTypes_AreIncomparable()
    {
        TemporalOperations.Compare(Value("time('12:35:15+05:00')"), Value("time('10:35-08:00')")).ShouldBe(-1);
        TemporalOperations.Compare(Value("date('1910-05-06')"), Value("date('1910-05-06')")).ShouldBe(0);
        TemporalOperations.Compare(Value("date('1910-05-06')"), Value("localdatetime('1910-05-06T00:00')")).ShouldBeNull();
        TemporalOperations.Compare(Value("duration('P1D')"), Value("duration('P2D')")).ShouldBeNull();
    }

    [Theory]
    [InlineData("date('2015-07-21')", "DATE")]
    [InlineData("localtime('12:00')", "LOCAL TIME")]
    [InlineData("time('12:00Z')", "ZONED TIME")]
    [InlineData("localdatetime('2015-07-21T12:00')", "LOCAL DATETIME")]
    [InlineData("datetime('2015-07-21T12:00Z')", "ZONED DATETIME")]
    [InlineData("duration('P1D')", "DURATION")]
    public void TypeName_EachType_IsCypherName(string expression, string expected)
    {
        TemporalOperations.IsTemporal(Value(expression)).ShouldBeTrue();
        TemporalOperations.TypeName(Value(expression)).ShouldBe(expected);
    }

    [Fact]
    public void IsTemporal_OtherValues_IsFalse()
    {
        TemporalOperations.IsTemporal("2015-07-21").ShouldBeFalse();
        TemporalOperations.IsTemporal(null).ShouldBeFalse();
    }
}
