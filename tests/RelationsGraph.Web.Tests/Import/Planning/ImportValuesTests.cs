using RelationsGraph.Core.Values;
using RelationsGraph.Web.Import.Planning;

namespace RelationsGraph.Web.Tests.Import.Planning;

public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("2", 2L)]
    [InlineData("002", 2L)]
    [InlineData("2.0", 2L)]
    [InlineData(" -7 ", -7L)]
    public void TryInteger_CodesAsSpreadsheetsWriteThem_AreWholeNumbers(string text, long expected)
    {
        ImportValues.TryInteger(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("two")]
    [InlineData("")]
    [InlineData("1e3")]
    public void TryInteger_OtherText_IsNot(string text)
    {
        ImportValues.TryInteger(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Convert_ByDeclaredType_GivesTypedValuesOrReasons()
    {
        ImportValues.Convert("0.002645", "float", "amount", out _).ShouldBe(0.002645);
        ImportValues.Convert("1,5", "float", "amount", out var error).ShouldBeNull();
        error!.ShouldContain("amount");
        ImportValues.Convert("yes", "boolean", "flag", out _).ShouldBe(true);
        ImportValues.Convert("2024-06-15", "temporal", "recordedAt", out _).ShouldBe(CypherDate.Of(2024, 6, 15));
        ImportValues.Convert("2024-06-15T10:00:00Z", "temporal", "recordedAt", out _).ShouldBeOfType<CypherDateTime>();
        ImportValues.Convert("2024-06-15T10:00:00", "temporal", "recordedAt", out _).ShouldBeOfType<CypherLocalDateTime>();
        ImportValues.Convert("soon", "temporal", "recordedAt", out error).ShouldBeNull();
        error.ShouldNotBeNull();
        ImportValues.Convert("42", "string", "note", out _).ShouldBe("42");
    }

    [Fact]
    public void List_JsonArrayOrSeparatedText_GivesItems()
    {
        ImportValues.List("[\"Kyiv\", \"Ukraine, Republic\"]", ";").ShouldBe(["Kyiv", "Ukraine, Republic"]);
        ImportValues.List("USA; US", ";").ShouldBe(["USA", " US"]);
        ImportValues.List("[not json", null).ShouldBe(["[not json"]);
    }

    [Fact]
    public void Same_ComparesAsTheStoreWould()
    {
        ImportValues.Same(new List<object?> { "a", "b" }, new List<object?> { "a", "b" }).ShouldBeTrue();
        ImportValues.Same(new List<object?> { "a" }, new List<object?> { "b" }).ShouldBeFalse();
        ImportValues.Same(2L, 2.0).ShouldBeTrue();
        ImportValues.Same(null, "x").ShouldBeFalse();
        ImportValues.Same(CypherDate.Of(2024, 1, 1), CypherDate.Of(2024, 1, 1)).ShouldBeTrue();
    }
}
