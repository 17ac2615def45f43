using RelationsGraph.Web.Import.Planning;

namespace RelationsGraph.Web.Tests.Import.Planning;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", "2024-01-01", "year", "2024")]
    [InlineData("2024-06", "2024-06-01", "month", "2024-06")]
    [InlineData("2024-6", "2024-06-01", "month", "2024-06")]
    [InlineData("2024-06-15", "2024-06-15", "day", "2024-06-15")]
    [InlineData("2024/6/5", "2024-06-05", "day", "2024-06-05")]
    [InlineData(" 1815.1.3 ", "1815-01-03", "day", "1815-01-03")]
    public void Parse_PartialDates_StoreTheFirstDayAndThePrecision(string text, string date, string precision, string shown)
    {
        var parsed = PartialDate.Parse(text, null, out var error);
        error.ShouldBeNull();
        parsed!.Date.ToString().ShouldBe(date);
        parsed.Precision.ShouldBe(precision);
        parsed.ToString().ShouldBe(shown);
    }

    [Theory]
    [InlineData("2022-01-01", "year", "2022-01-01", "year")]
    [InlineData("2022-06-01", "month", "2022-06-01", "month")]
    [InlineData("2022-06-15", "day", "2022-06-15", "day")]
    public void Parse_WithAPrecision_CutsTheDateToIt(string text, string precision, string date, string expected)
    {
        var parsed = PartialDate.Parse(text, precision, out var error);
        error.ShouldBeNull();
        parsed!.Date.ToString().ShouldBe(date);
        parsed.Precision.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2022", "day", "not precise to the day")]
    [InlineData("2022-01-01", "week", "not a date precision")]
    [InlineData("June 2024", null, "not a date")]
    [InlineData("24-06-15", null, "not a date")]
    [InlineData("2024-13", null, "month 13")]
    [InlineData("2023-02-29", null, "no day 29")]
    [InlineData("0000", null, "outside")]
    public void Parse_BadDates_SayWhy(string text, string? precision, string why)
    {
        PartialDate.Parse(text, precision, out var error).ShouldBeNull();
        error!.ShouldContain(why);
    }

    [Fact]
    public void FromParts_LeapDayAndMissingParts_Work()
    {
        PartialDate.FromParts(2024, 2, 29, out _)!.Precision.ShouldBe("day");
        PartialDate.FromParts(1882, 5, null, out _)!.ToString().ShouldBe("1882-05");
        PartialDate.FromParts(1882, null, null, out _)!.ToString().ShouldBe("1882");
        PartialDate.FromParts(1882, null, 3, out var error).ShouldBeNull();
        error.ShouldBe("a day without a month");
    }

    [Fact]
    public void EndEpochDay_IsTheLastDayOfThePeriod()
    {
        PartialDate.Parse("2024", null, out _)!.EndEpochDay.ShouldBe(PartialDate.Parse("2024-12-31", null, out _)!.Date.EpochDay);
        PartialDate.Parse("2024-02", null, out _)!.EndEpochDay.ShouldBe(PartialDate.Parse("2024-02-29", null, out _)!.Date.EpochDay);
        PartialDate.Parse("2024-02-10", null, out _)!.EndEpochDay.ShouldBe(PartialDate.Parse("2024-02-10", null, out _)!.Date.EpochDay);
    }
}
