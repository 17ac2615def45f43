using RelationsGraph.Core.Values;

namespace RelationsGraph.Core.Tests.Values;

public class CypherDateTimeTests
{
    [Theory]
    [InlineData("2015-07-21T21:40:32.142", "2015-07-21T21:40:32.142")]
    [InlineData("2015-W30-2T214032.142", "2015-07-21T21:40:32.142")]
    [InlineData("2015-202T21:40:32", "2015-07-21T21:40:32")]
    [InlineData("2015T214032", "2015-01-01T21:40:32")]
    [InlineData("20150721T21:40", "2015-07-21T21:40")]
    [InlineData("2015-W30T2140", "2015-07-20T21:40")]
    [InlineData("2015202T21", "2015-07-21T21:00")]
    public void LocalDateTimeParse_IsoForms_PrintsExtendedForm(string text, string expected) =>
        CypherLocalDateTime.Parse(text).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("2015-07-21T21:40:32.142+0100", "2015-07-21T21:40:32.142+01:00")]
    [InlineData("2015-W30-2T214032.142Z", "2015-07-21T21:40:32.142Z")]
    [InlineData("2015T214032-0100", "2015-01-01T21:40:32-01:00")]
    [InlineData("2015-W30T2140-00:00", "2015-07-20T21:40Z")]
    [InlineData("2015202T21+18:00", "2015-07-21T21:00+18:00")]
    [InlineData("2015-07-21T21:40:32.142+02:00[Europe/Stockholm]", "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]")]
    [InlineData("2015-07-21T21:40:32.142+0845[Australia/Eucla]", "2015-07-21T21:40:32.142+08:45[Australia/Eucla]")]
    [InlineData("2015-07-21T21:40:32.142-04[America/New_York]", "2015-07-21T21:40:32.142-04:00[America/New_York]")]
    [InlineData("2015-07-21T21:40:32.142[Europe/London]", "2015-07-21T21:40:32.142+01:00[Europe/London]")]
    [InlineData("1818-07-21T21:40:32.142[Europe/Stockholm]", "1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]")]
    [InlineData("2015-07-21T21:40", "2015-07-21T21:40Z")]
    public void DateTimeParse_OffsetsAndZones_PrintsLikeJava(string text, string expected) =>
        CypherDateTime.Parse(text).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("1984-10-11T12:31:14.645876123", "Europe/Stockholm", "1984-10-11T12:31:14.645876123+01:00[Europe/Stockholm]")]
    [InlineData("1984-07-20T12:00", "Europe/Stockholm", "1984-07-20T12:00+02:00[Europe/Stockholm]")]
    [InlineData("2017-08-08T12:31:14.645876123", "Europe/Stockholm", "2017-08-08T12:31:14.645876123+02:00[Europe/Stockholm]")]
    [InlineData("1984-10-11T12:34:56", "+02:05:59", "1984-10-11T12:34:56+02:05:59")]
    [InlineData("2018-03-25T02:30", "Europe/Berlin", "2018-03-25T03:30+02:00[Europe/Berlin]")]
    [InlineData("2018-10-28T02:30", "Europe/Berlin", "2018-10-28T02:30+02:00[Europe/Berlin]")]
    public void Of_LocalInZone_ResolvesOffset(string local, string zone, string expected) =>
        CypherDateTime.Of(CypherLocalDateTime.Parse(local), zone).ToString().ShouldBe(expected);

    [Fact]
    public void FromInstant_EpochSeconds_GivesUtcDateTime()
    {
        CypherDateTime.FromInstant(416_779, 999_999_999, "Z").ToString().ShouldBe("1970-01-05T19:46:19.999999999Z");
        CypherDateTime.FromInstant(237_821_673, 987_000_000, "Z").ToString().ShouldBe("1977-07-15T13:34:33.987Z");
    }

    [Fact]
    public void WithZoneSameInstant_NamedZone_KeepsInstant()
    {
        var stockholm = CypherDateTime.Of(CypherLocalDateTime.Parse("1984-10-11T12:00"), "Europe/Stockholm");
        var honolulu = stockholm.WithZoneSameInstant("Pacific/Honolulu");
        honolulu.ToString().ShouldBe("1984-10-11T01:00-10:00[Pacific/Honolulu]");
        honolulu.CompareTo(stockholm).ShouldBe(-1, "same instant: the earlier local time sorts first");
        honolulu.EpochSecond.ShouldBe(stockholm.EpochSecond);
    }

    [Fact]
    public void CompareTo_DifferentOffsets_OrdersByInstant()
    {
        var early = CypherDateTime.Parse("1984-10-11T12:31:14+00:17");
        var late = CypherDateTime.Parse("1984-10-11T12:30:14.000000012+00:15");
        (early < late).ShouldBeTrue();
    }

    [Fact]
    public void Equals_ParsedFromOwnText_IsEqual()
    {
        var value = CypherDateTime.Of(CypherLocalDateTime.Parse("1984-10-11T12:31:14.645876123"), "+01:00");
        CypherDateTime.Parse(value.ToString()).ShouldBe(value);
    }

    [Fact]
    public void Of_UnknownZone_Throws() =>
        Should.Throw<RelationsGraph.Core.Errors.CypherException>(() => CypherDateTime.Of(CypherLocalDateTime.Parse("2000-01-01T00:00"), "Mars/Olympus"));

    [Fact]
    public void Of_ZoneIdWithSpaceOrOtherCase_UsesCanonicalId() =>
        CypherDateTime.Of(CypherLocalDateTime.Parse("2015-07-21T12:00"), "america/los angeles").ToString()
            .ShouldBe("2015-07-21T12:00-07:00[America/Los_Angeles]");

    [Fact]
    public void Parse_OffsetContradictingZone_Throws() =>
        Should.Throw<RelationsGraph.Core.Errors.CypherException>(() => CypherDateTime.Parse("2015-07-21T21:40+05:00[Europe/Stockholm]"));

    [Fact]
    public void Parse_OffsetInOverlap_PicksThatOffset()
    {
        CypherDateTime.Parse("2018-10-28T02:30+01:00[Europe/Berlin]").ToString().ShouldBe("2018-10-28T02:30+01:00[Europe/Berlin]");
        CypherDateTime.Parse("2018-10-28T02:30+02:00[Europe/Berlin]").ToString().ShouldBe("2018-10-28T02:30+02:00[Europe/Berlin]");
    }

    [Theory]
    [InlineData("1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]")]
    [InlineData("2018-10-28T02:30+01:00[Europe/Berlin]")]
    [InlineData("+12345-01-01T00:00Z")]
    [InlineData("-0044-03-15T12:00:00.000000001-02:05:07")]
    public void ToString_ThenParse_RoundTrips(string text) =>
        CypherDateTime.Parse(text).ToString().ShouldBe(text);
}
