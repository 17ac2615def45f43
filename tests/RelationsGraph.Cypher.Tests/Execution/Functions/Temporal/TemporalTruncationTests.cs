namespace RelationsGraph.Cypher.Tests.Execution.Functions.Temporal;

public class TemporalTruncationTests
{
    private const string Moment = "datetime({year: 2017, month: 11, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+03:00'})";

    [Theory]
    [InlineData("date.truncate('millennium', d)", "2000-01-01")]
    [InlineData("date.truncate('century', d)", "2000-01-01")]
    [InlineData("date.truncate('decade', d)", "2010-01-01")]
    [InlineData("date.truncate('year', d)", "2017-01-01")]
    [InlineData("date.truncate('weekYear', d)", "2017-01-02")]
    [InlineData("date.truncate('quarter', d)", "2017-10-01")]
    [InlineData("date.truncate('month', d)", "2017-11-01")]
    [InlineData("date.truncate('week', d)", "2017-11-06")]
    [InlineData("date.truncate('day', d)", "2017-11-11")]
    [InlineData("date.truncate('millennium', d, {day: 2})", "2000-01-02")]
    [InlineData("date.truncate('week', d, {dayOfWeek: 2})", "2017-11-07")]
    [InlineData("datetime.truncate('hour', d)", "2017-11-11T12:00+03:00")]
    [InlineData("datetime.truncate('millisecond', d)", "2017-11-11T12:31:14.645+03:00")]
    [InlineData("datetime.truncate('microsecond', d)", "2017-11-11T12:31:14.645876+03:00")]
    [InlineData("datetime.truncate('day', d, {timezone: 'Europe/Stockholm'})", "2017-11-11T00:00+01:00[Europe/Stockholm]")]
    [InlineData("localdatetime.truncate('month', d)", "2017-11-01T00:00")]
    [InlineData("localtime.truncate('minute', d)", "12:31")]
    [InlineData("time.truncate('second', d)", "12:31:14+03:00")]
    [InlineData("time.truncate('day', d)", "00:00+03:00")]
    [InlineData("localtime.truncate('hour', d, {minute: 5})", "12:05")]
    public void Truncate_EachUnit_FloorsTheValue(string expression, string expected) =>
        MiniExpression.Evaluate(expression, new Dictionary<string, object?> { ["d"] = MiniExpression.Evaluate(Moment) })?.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("date.truncate('hour', d)")]
    [InlineData("localtime.truncate('year', d)")]
    [InlineData("date.truncate('fortnight', d)")]
    public void Truncate_UnitNotOfTheType_Throws(string expression) =>
        Should.Throw<RelationsGraph.Core.Errors.CypherException>(() =>
            MiniExpression.Evaluate(expression, new Dictionary<string, object?> { ["d"] = MiniExpression.Evaluate(Moment) }));

    [Fact]
    public void Truncate_NullValue_GivesNull() =>
        MiniExpression.Evaluate("date.truncate('year', null)").ShouldBeNull();
}
