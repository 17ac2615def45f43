using RelationsGraph.Web.Data;

namespace RelationsGraph.Web.Tests.Data;

public sealed class TieValidityTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-05-31", false)]
    [InlineData("2024-06-01", true)]
    [InlineData("2030-01-01", true)]
    public void InForceOn_OpenEndedTie_StartsOnItsFirstDay(string date, bool expected)
    {
        TieValidity.InForceOn(D(date), "2024-06-01", null, null).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-12-31", true)]
    [InlineData("2025-01-01", false)]
    public void InForceOn_EndWithYearPrecision_LastsToTheEndOfThatYear(string date, bool expected)
    {
        TieValidity.InForceOn(D(date), "2022-01-01", "2024-01-01", "year").ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-03-31", true)]
    [InlineData("2024-04-01", false)]
    public void InForceOn_EndWithMonthPrecision_LastsToTheEndOfThatMonth(string date, bool expected)
    {
        TieValidity.InForceOn(D(date), null, "2024-03-01", "month").ShouldBe(expected);
    }

    [Fact]
    public void InForceOn_NoDatesAtAll_IsAlwaysInForce()
    {
        TieValidity.InForceOn(D("1900-01-01"), null, null, null).ShouldBeTrue();
    }

    [Fact]
    public void ParseDate_DateTimeText_TakesTheDatePart()
    {
        TieValidity.ParseDate("2024-06-01T00:00:00Z").ShouldBe(D("2024-06-01"));
        TieValidity.ParseDate("June 2024").ShouldBeNull();
    }
}
