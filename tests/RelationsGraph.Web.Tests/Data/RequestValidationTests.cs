using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Data;
using RelationsGraph.Web.Registry;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Data;

public sealed class RequestValidationTests
{
    private static readonly NetworkRegistry Registry = NetworkRegistry.Load(Path.Combine(RepoFiles.Cypher, "registry.json"));

    [Fact]
    public void Date_IsoDate_IsParsed()
    {
        RequestValidation.Date("2024-06-01").ShouldBe(new DateOnly(2024, 6, 1));
        RequestValidation.Date(null).ShouldBeNull();
        RequestValidation.Date(" ").ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("01/06/2024")]
    [InlineData("yesterday")]
    public void Date_NotAnIsoDate_ThrowsRequestInvalid(string value)
    {
        var ex = Should.Throw<CypherException>(() => RequestValidation.Date(value));
        ex.Code.ShouldBe(StatusCodes.RequestInvalid);
        ex.Message.ShouldContain(value);
    }

    [Fact]
    public void TieTypes_KnownTypesWithSpaces_AreTrimmedAndDeduplicated()
    {
        RequestValidation.TieTypes(" AID, SANCTIONS ,AID", Registry).ShouldBe(["AID", "SANCTIONS"]);
        RequestValidation.TieTypes(null, Registry).ShouldBeNull();
    }

    [Fact]
    public void TieTypes_UnknownType_ThrowsNamingIt()
    {
        var ex = Should.Throw<CypherException>(() => RequestValidation.TieTypes("AID,FRIENDS_WITH", Registry));
        ex.Code.ShouldBe(StatusCodes.RequestInvalid);
        ex.Message.ShouldContain("FRIENDS_WITH");
    }

    [Fact]
    public void Statuses_UnknownStatus_Throws()
    {
        Should.Throw<CypherException>(() => RequestValidation.Statuses("confirmed,rumoured", Registry)).Message.ShouldContain("rumoured");
    }

    [Fact]
    public void InRange_OutsideBounds_Throws()
    {
        RequestValidation.InRange("depth", 2, 0, 4).ShouldBe(2);
        Should.Throw<CypherException>(() => RequestValidation.InRange("depth", -1, 0, 4)).Message.ShouldContain("depth");
    }
}
