using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Tests.Execution.Functions.Temporal;

public class TemporalConstructorsTests
{
    private static string? Eval(string expression, Dictionary<string, object?>? variables = null) =>
        MiniExpression.Evaluate(expression, variables)?.ToString();

    [Theory]
    [InlineData("date({year: 1816, week: 52})", "1816-12-23")]
    [InlineData("date({year: 1817, week: 10})", "1817-03-03")]
    [InlineData("date({year: 1818, week: 53})", "1818-12-28")]
    [InlineData("date({dayOfWeek: 2, year: 1817, week: 1})", "1816-12-31")]
    [InlineData("date({date: date('1816-12-30'), week: 2, dayOfWeek: 3})", "1817-01-08")]
    [InlineData("date({date: date('1816-12-31'), week: 2})", "1817-01-07")]
    [InlineData("date({date: date('1816-12-31'), year: 1817, week: 2})", "1817-01-07")]
    [InlineData("localdatetime({year: 1817, week: 1})", "1816-12-30T00:00")]
    [InlineData("datetime({year: 1819, week: 52})", "1819-12-27T00:00Z")]
    public void WeekFields_WeekDates_UseIsoWeekYear(string expression, string expected) =>
        Eval(expression).ShouldBe(expected);

    [Theory]
    [InlineData("date({year: 1984, month: 10, day: 11})", "1984-10-11")]
    [InlineData("date({year: 1984, month: 10})", "1984-10-01")]
    [InlineData("date({year: 1984, week: 10, dayOfWeek: 3})", "1984-03-07")]
    [InlineData("date({year: 1984})", "1984-01-01")]
    [InlineData("date({year: 1984, ordinalDay: 202})", "1984-07-20")]
    [InlineData("date({year: 1984, quarter: 3, dayOfQuarter: 45})", "1984-08-14")]
    [InlineData("date({year: 1984, quarter: 3})", "1984-07-01")]
    [InlineData("localtime({hour: 12, minute: 31, second: 14, nanosecond: 789, millisecond: 123, microsecond: 456})", "12:31:14.123456789")]
    [InlineData("localtime({hour: 12, minute: 31, second: 14, microsecond: 645876})", "12:31:14.645876")]
    [InlineData("localtime({hour: 12})", "12:00")]
    [InlineData("time({hour: 12, minute: 31, second: 14, nanosecond: 3})", "12:31:14.000000003Z")]
    [InlineData("time({hour: 12, minute: 31, timezone: '+01:00'})", "12:31+01:00")]
    [InlineData("time({hour: 12, minute: 34, second: 56, timezone: '+02:05:00'})", "12:34:56+02:05")]
    [InlineData("time({hour: 12, minute: 34, second: 56, timezone: '-02:05:07'})", "12:34:56-02:05:07")]
    [InlineData("localdatetime({year: 1984, quarter: 3, dayOfQuarter: 45, hour: 12, minute: 31, second: 14, millisecond: 645})", "1984-08-14T12:31:14.645")]
    [InlineData("localdatetime({year: 1984, month: 10, day: 11})", "1984-10-11T00:00")]
    [InlineData("datetime({year: 1984, ordinalDay: 202, hour: 12, timezone: '+01:00'})", "1984-07-20T12:00+01:00")]
    [InlineData("datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: 'Europe/Stockholm'})", "1984-10-11T12:31:14.645876123+01:00[Europe/Stockholm]")]
    [InlineData("datetime({year: 1984, quarter: 3, dayOfQuarter: 45, timezone: 'Europe/Stockholm'})", "1984-08-14T00:00+02:00[Europe/Stockholm]")]
    [InlineData("datetime({year: 1984, timezone: 'Europe/Stockholm'})", "1984-01-01T00:00+01:00[Europe/Stockholm]")]
    [InlineData("datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 34, second: 56, timezone: '+02:05:59'})", "1984-10-11T12:34:56+02:05:59")]
    [InlineData("datetime({year: 2017, month: 8, day: 8, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: 'Europe/Stockholm'})", "2017-08-08T12:31:14.645876123+02:00[Europe/Stockholm]")]
    [InlineData("datetime({epochSeconds: 416779, nanosecond: 999999999})", "1970-01-05T19:46:19.999999999Z")]
    [InlineData("datetime({epochMillis: 237821673987})", "1977-07-15T13:34:33.987Z")]
    public void FromMap_Fields_BuildsValue(string expression, string expected) =>
        Eval(expression).ShouldBe(expected);

    [Theory]
    [InlineData("date('2015-W30-2')", "2015-07-21")]
    [InlineData("localtime('214032.142')", "21:40:32.142")]
    [InlineData("time('2140-02')", "21:40-02:00")]
    [InlineData("localdatetime('2015-W30T2140')", "2015-07-20T21:40")]
    [InlineData("datetime('2015202T21+18:00')", "2015-07-21T21:00+18:00")]
    [InlineData("datetime('1818-07-21T21:40:32.142[Europe/Stockholm]')", "1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]")]
    public void FromString_IsoText_Parses(string expression, string expected) =>
        Eval(expression).ShouldBe(expected);

    [Theory]
    [InlineData("date(other)", "1984-11-11")]
    [InlineData("date({date: other, year: 28})", "0028-11-11")]
    [InlineData("date({date: other, week: 1})", "1984-01-08")]
    [InlineData("date({date: other, ordinalDay: 28})", "1984-01-28")]
    [InlineData("date({date: other, quarter: 3})", "1984-08-11")]
    [InlineData("localtime({time: other, second: 42})", "12:31:42.645876123")]
    [InlineData("time(other)", "12:31:14.645876123+01:00")]
    [InlineData("time({time: other, timezone: '+05:00'})", "16:31:14.645876123+05:00")]
    [InlineData("localdatetime({date: other, hour: 10, minute: 10, second: 10})", "1984-11-11T10:10:10")]
    [InlineData("datetime(other)", "1984-11-11T12:31:14.645876123+01:00")]
    [InlineData("datetime({datetime: other, timezone: '+05:00'})", "1984-11-11T16:31:14.645876123+05:00")]
    [InlineData("datetime({date: other, hour: 10, minute: 10, second: 10})", "1984-11-11T10:10:10Z")]
    public void FromMap_SelectingFromZonedDateTime_KeepsOrConvertsZone(string expression, string expected)
    {
        var other = MiniExpression.Evaluate("datetime({year: 1984, month: 11, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})");
        Eval(expression, new() { ["other"] = other }).ShouldBe(expected);
    }

    [Theory]
    [InlineData("{date: otherDate, time: otherTime}", "1984-03-07T12:00+01:00[Europe/Stockholm]")]
    [InlineData("{date: otherDate, time: otherTime, day: 28, second: 42}", "1984-03-28T12:00:42+02:00[Europe/Stockholm]")]
    [InlineData("{date: otherDate, time: otherTime, day: 28, second: 42, timezone: 'Pacific/Honolulu'}", "1984-03-28T00:00:42-10:00[Pacific/Honolulu]")]
    [InlineData("{date: otherDate, time: otherTime, timezone: '+05:00'}", "1984-03-07T16:00+05:00")]
    public void DateTime_SelectingDateAndZonedTime_ResolvesZoneAtNewDate(string map, string expected)
    {
        var variables = new Dictionary<string, object?>
        {
            ["otherDate"] = MiniExpression.Evaluate("localdatetime({year: 1984, week: 10, dayOfWeek: 3, hour: 12, minute: 31, second: 14, millisecond: 645})"),
            ["otherTime"] = MiniExpression.Evaluate("datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: 'Europe/Stockholm'})"),
        };
        Eval($"datetime({map})", variables).ShouldBe(expected);
    }

    [Fact]
    public void DateTime_SelectingLocalTime_DefaultsToUtc()
    {
        var variables = new Dictionary<string, object?>
        {
            ["otherDate"] = MiniExpression.Evaluate("datetime({year: 1984, month: 10, day: 11, hour: 12, timezone: '+01:00'})"),
            ["otherTime"] = MiniExpression.Evaluate("localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})"),
        };
        Eval("datetime({date: otherDate, time: otherTime})", variables).ShouldBe("1984-10-11T12:31:14.645876123Z");
    }

    [Fact]
    public void Current_NoArguments_UsesStatementTimeInUtc()
    {
        Eval("datetime()").ShouldBe("2024-05-01T10:20:30.123Z");
        Eval("date()").ShouldBe("2024-05-01");
        Eval("localtime()").ShouldBe("10:20:30.123");
        Eval("time.statement('Europe/Stockholm')").ShouldBe("12:20:30.123+02:00");
        Eval("datetime({timezone: 'Europe/Stockholm'})").ShouldBe("2024-05-01T12:20:30.123+02:00[Europe/Stockholm]");
    }

    [Fact]
    public void CurrentVariants_ReadTheirOwnClocks()
    {
        var context = new FixedClockContext(
            new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        string? Call(string name) =>
            RelationsGraph.Cypher.Execution.Functions.Temporal.TemporalFunctions.TryInvoke(name, [], context, out var r) ? r?.ToString() : "missing";
        Call("date.statement").ShouldBe("2024-01-01");
        Call("date.transaction").ShouldBe("2023-01-01");
        Call("date.realtime").ShouldBe("2025-01-01");
        Call("localdatetime.transaction").ShouldBe("2023-01-01T00:00");
    }

    [Fact]
    public void Null_Argument_GivesNull() => MiniExpression.Evaluate("date(null)").ShouldBeNull();

    [Theory]
    [InlineData("date({month: 3})")]
    [InlineData("date({year: 1984, month: 13})")]
    [InlineData("date({year: 1984, day: 3})")]
    [InlineData("date({year: 1984, month: 2, day: 30})")]
    [InlineData("localtime({minute: 3})")]
    [InlineData("localtime({hour: 24})")]
    [InlineData("date({year: 1984, hour: 3})")]
    [InlineData("datetime({year: 1984, timezone: 'Nowhere/Special'})")]
    [InlineData("date('not a date')")]
    public void Invalid_Input_ThrowsArgumentError(string expression) =>
        Should.Throw<CypherException>(() => MiniExpression.Evaluate(expression)).Code.ShouldBe(StatusCodes.ArgumentError);

    [Theory]
    [InlineData("date(42)")]
    [InlineData("date({year: 1984.5})")]
    [InlineData("date(localtime('12:00'))" )]
    public void WrongType_Argument_Throws(string expression) =>
        Should.Throw<CypherException>(() => MiniExpression.Evaluate(expression)).Detail.ShouldBeOneOf("InvalidArgumentType", "InvalidArgumentValue");

    [Fact]
    public void Names_ListNamespacedFunctions()
    {
        var names = RelationsGraph.Cypher.Execution.Functions.Temporal.TemporalFunctions.Names;
        names.ShouldContain("date.truncate");
        names.ShouldContain("datetime.fromepochmillis");
        names.ShouldContain("duration.inseconds");
        names.ShouldAllBe(n => n.All(c => !char.IsUpper(c)));
    }

    [Fact]
    public void Serialized_Value_ParsesBackToEqualValue()
    {
        foreach (var expression in new[]
        {
            "date({year: 1984, month: 10, day: 11})",
            "localtime({hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
            "time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})",
            "localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123})",
            "datetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'})",
        })
        {
            var value = MiniExpression.Evaluate(expression)!;
            var function = expression[..expression.IndexOf('(', StringComparison.Ordinal)];
            MiniExpression.Evaluate($"{function}('{value}')").ShouldBe(value);
        }
    }

    [Fact]
    public void DateTime_ValueTypes_AreCoreTypes() =>
        MiniExpression.Evaluate("datetime('2015-07-21T21:40:32.142+01:00')").ShouldBeOfType<CypherDateTime>();
}
