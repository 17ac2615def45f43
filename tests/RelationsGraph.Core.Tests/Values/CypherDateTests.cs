using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Core.Tests.Values;

public class CypherDateTests
{
    [Theory]
    [InlineData("2015-07-21", "2015-07-21")]
    [InlineData("20150721", "2015-07-21")]
    [InlineData("2015-07", "2015-07-01")]
    [InlineData("201507", "2015-07-01")]
    [InlineData("2015-W30-2", "2015-07-21")]
    [InlineData("2015W302", "2015-07-21")]
    [InlineData("2015-W30", "2015-07-20")]
    [InlineData("2015W30", "2015-07-20")]
    [InlineData("2015-202", "2015-07-21")]
    [InlineData("2015202", "2015-07-21")]
    [InlineData("2015", "2015-01-01")]
    [InlineData("-0044-03-15", "-0044-03-15")]
    [InlineData("+12345-01-01", "+12345-01-01")]
    public void Parse_IsoForms_PrintsCalendarDate(string text, string expected) =>
        CypherDate.Parse(text).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("2019-05-22", "2019-05-22")]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData(" 2019-05-22 ", "2019-05-22")]
    public void Parse_PlainCalendarDate_AgreesWithTheOrdinalForm(string text, string expected)
    {
        // yyyy-MM-dd takes a path of its own (no regular expression); it must land on the same day.
        var parsed = CypherDate.Parse(text);

        parsed.ToString().ShouldBe(expected);
        parsed.ShouldBe(CypherDate.OfOrdinal(parsed.Year, parsed.DayOfYear));
        parsed.ShouldBe(CypherDate.Parse(expected.Replace("-", "", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2015-13-01")]
    [InlineData("2015-00-10")]
    [InlineData("2015-04-31")]
    [InlineData("2015-02-29")]
    [InlineData("2015-1a-01")]
    [InlineData("2015-W54")]
    [InlineData("July 21st")]
    [InlineData("")]
    public void Parse_InvalidText_ThrowsArgumentError(string text) =>
        Should.Throw<CypherException>(() => CypherDate.Parse(text)).Code.ShouldBe(StatusCodes.ArgumentError);

    [Theory]
    [InlineData(1816, 1, "1816-01-01")]
    [InlineData(1816, 52, "1816-12-23")]
    [InlineData(1817, 1, "1816-12-30")]
    [InlineData(1817, 30, "1817-07-21")]
    [InlineData(1818, 1, "1817-12-29")]
    [InlineData(1818, 53, "1818-12-28")]
    [InlineData(1819, 1, "1819-01-04")]
    public void OfWeek_WeekOne_StartsOnIsoMonday(long weekYear, long week, string expected) =>
        CypherDate.OfWeek(weekYear, week, 1).ToString().ShouldBe(expected);

    [Fact]
    public void Components_OfADate_FollowIsoCalendar()
    {
        var date = CypherDate.Of(1816, 12, 31);
        date.WeekYear.ShouldBe(1817);
        date.Week.ShouldBe(1);
        date.DayOfWeek.ShouldBe(2);
        date.DayOfYear.ShouldBe(366);
        date.Quarter.ShouldBe(4);
        date.DayOfQuarter.ShouldBe(92);
    }

    [Theory]
    [InlineData(1984, 3, 45, "1984-08-14")]
    [InlineData(1984, 1, 1, "1984-01-01")]
    public void OfQuarter_DayOfQuarter_CountsFromQuarterStart(long year, long quarter, long day, string expected) =>
        CypherDate.OfQuarter(year, quarter, day).ToString().ShouldBe(expected);

    [Fact]
    public void EpochDay_RoundTrips_FarOutsideDotNetRange()
    {
        foreach (var (y, m, d) in new[] { (-999_999_999L, 1, 1), (999_999_999L, 12, 31), (0L, 2, 29), (1970L, 1, 1), (-1L, 12, 31) })
        {
            var date = CypherDate.Of(y, m, d);
            var back = CypherDate.FromEpochDay(date.EpochDay);
            (back.Year, back.Month, back.Day).ShouldBe((y, m, d));
        }

        CypherDate.Of(1970, 1, 1).EpochDay.ShouldBe(0);
        CypherDate.Of(2000, 3, 1).EpochDay.ShouldBe(11_017);
    }

    [Theory]
    [InlineData("2015-01-31", 1, "2015-02-28")]
    [InlineData("2016-01-31", 1, "2016-02-29")]
    [InlineData("2016-03-31", -13, "2015-02-28")]
    public void PlusMonths_ShortMonth_ClampsDay(string start, long months, string expected) =>
        CypherDate.Parse(start).PlusMonths(months).ToString().ShouldBe(expected);

    [Fact]
    public void CompareTo_Dates_OrdersChronologically()
    {
        (CypherDate.Of(1910, 5, 6) < CypherDate.Of(1980, 12, 24)).ShouldBeTrue();
        CypherDate.Of(1984, 10, 11).ShouldBe(CypherDate.Parse("1984-10-11"));
    }

    [Fact]
    public void Year_OutOfRange_Throws() =>
        Should.Throw<CypherException>(() => CypherDate.Of(1_000_000_000, 1, 1)).Detail.ShouldBe("InvalidArgumentValue");
}
