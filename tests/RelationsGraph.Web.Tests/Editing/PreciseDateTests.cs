using RelationsGraph.Web.Editing;

namespace RelationsGraph.Web.Tests.Editing;

public sealed class PreciseDateTests
{
    [Theory]
    [InlineData("2022", null, "2022-01-01", "year", "2022")]
    [InlineData("2024-06", null, "2024-06-01", "month", "2024-06")]
    [InlineData("2024-06-19", null, "2024-06-19", "day", "2024-06-19")]
    [InlineData(" 2024-06 ", null, "2024-06-01", "month", "2024-06")]
    [InlineData("2024-06-01", "month", "2024-06-01", "month", "2024-06")]
    [InlineData("2024-01-01", "year", "2024-01-01", "year", "2024")]
    [InlineData("2024-06", "month", "2024-06-01", "month", "2024-06")]
    [InlineData("2024-02-29", "day", "2024-02-29", "day", "2024-02-29")]
    public void TryParse_WrittenDate_IsTheFirstDayOfItsPeriod(string text, string? precision, string iso, string storedPrecision, string shown)
    {
        PreciseDate.TryParse(text, precision, out var date, out var error).ShouldBeTrue(error);
        date!.Value.Iso.ShouldBe(iso);
        date.Value.Precision.ShouldBe(storedPrecision);
        date.Value.Text.ShouldBe(shown);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void TryParse_Blank_IsNoDate(string? text, string? precision)
    {
        PreciseDate.TryParse(text, precision, out var date, out var error).ShouldBeTrue();
        date.ShouldBeNull();
        error.ShouldBeNull();
    }

    [Theory]
    [InlineData("2023-02-29", null, "'2023-02-29' is not a date")]
    [InlineData("24-06", null, "'24-06' is not a date")]
    [InlineData("2024-6", null, "'2024-6' is not a date")]
    [InlineData("2024-06-19T10:00", null, "is not a date")]
    [InlineData("June 2024", null, "is not a date")]
    [InlineData("2024-06-19", "month", "'2024-06-19' is not the first day of its month; for month precision write 2024-06.")]
    [InlineData("2024-03-01", "year", "'2024-03-01' is not the first day of its year; for year precision write 2024.")]
    [InlineData("2024-06", "day", "'2024-06' does not give a day")]
    [InlineData("2024", "month", "'2024' does not give a month")]
    [InlineData("2024", "decade", "'decade' is not a date precision")]
    [InlineData("", "year", "A precision was given without a date.")]
    public void TryParse_BadDate_SaysWhy(string text, string? precision, string message)
    {
        PreciseDate.TryParse(text, precision, out var date, out var error).ShouldBeFalse();
        date.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(message);
    }

    [Theory]
    [InlineData("2024-01-01", "year", "2025-01-01")]
    [InlineData("2024-06-01", "month", "2024-07-01")]
    [InlineData("2024-06-19", "day", "2024-06-20")]
    public void End_IsTheFirstDayAfterThePeriod(string iso, string precision, string end)
    {
        new PreciseDate(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), precision).End
            .ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2024-06-01", "month", "2024-06")]
    [InlineData("2024-01-01", "year", "2024")]
    [InlineData("2024-06-19", "day", "2024-06-19")]
    [InlineData("2024-06-19", null, "2024-06-19")]
    [InlineData(null, "year", null)]
    public void Format_StoredDate_IsWrittenAtItsPrecision(string? iso, string? precision, string? text)
    {
        PreciseDate.Format(iso, precision).ShouldBe(text);
    }
}
