using RelationsGraph.Web.Import.Planning;

namespace RelationsGraph.Web.Tests.Import.Planning;

public sealed class IdsTests
{
    [Theory]
    [InlineData("South Korea", "south-korea")]
    [InlineData("  Côte d'Ivoire ", "cote-d-ivoire")]
    [InlineData("EU (Commission and Council)", "eu-commission-and-council")]
    [InlineData("---", "")]
    public void Slug_Names_BecomeLowerCaseHyphenatedAscii(string text, string slug)
    {
        Ids.Slug(text).ShouldBe(slug);
    }

    [Fact]
    public void Derive_LosslessParts_JoinThemReadably()
    {
        Ids.Derive(["kiel", "aid", "deu", "2022", "3"]).ShouldBe("kiel-aid-deu-2022-3");
    }

    [Fact]
    public void Derive_SameParts_SameId_AndLossyPartsGetAHash()
    {
        var id = Ids.Derive(["atop-v4-01", "MEMBER_OF", "3180", "2"]);
        id.ShouldStartWith("atop-v4-01-member-of-3180-2-");
        id.ShouldBe(Ids.Derive(["atop-v4-01", "MEMBER_OF", "3180", "2"]));
    }

    [Fact]
    public void Derive_PartsThatSlugAlike_StillGiveDifferentIds()
    {
        Ids.Derive(["s", "a-b", "c"]).ShouldNotBe(Ids.Derive(["s", "a", "b-c"]));
        Ids.Derive(["s", "DEU"]).ShouldNotBe(Ids.Derive(["s", "deu"]));
        Ids.Derive(["s", "x y"]).ShouldNotBe(Ids.Derive(["s", "x-y"]));
    }

    [Fact]
    public void Derive_VeryLongKeys_StayWithinTheLimit()
    {
        var id = Ids.Derive(["s", new string('a', 500)]);
        id.Length.ShouldBeLessThanOrEqualTo(Ids.MaxLength);
        id.ShouldNotBe(Ids.Derive(["s", new string('a', 499)]));
    }
}
