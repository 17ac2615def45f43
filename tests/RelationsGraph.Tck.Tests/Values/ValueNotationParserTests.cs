using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Tests.Values;

public sealed class ValueNotationParserTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Parse_IntegerLiteral_IsInteger(string text, long expected)
    {
        ValueNotationParser.Parse(text).ShouldBe(new TckInteger(expected));
    }

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("-0.000001", -0.000001)]
    [InlineData("1e308", 1e308)]
    [InlineData("5E4", 5e4)]
    [InlineData(".5", 0.5)]
    [InlineData("-1.2635418652381264e305", -1.2635418652381264e305)]
    public void Parse_FloatLiteral_IsFloat(string text, double expected)
    {
        ValueNotationParser.Parse(text).ShouldBe(new TckFloat(expected));
    }

    [Fact]
    public void Parse_NaN_IsFloatNaN()
    {
        ValueNotationParser.Parse("NaN").ShouldBeOfType<TckFloat>().Value.ShouldBe(double.NaN);
    }

    [Fact]
    public void Parse_StringWithEscapedQuoteAndBackslash_Unescapes()
    {
        ValueNotationParser.Parse(@"'a\\b\'c""'").ShouldBe(new TckString("a\\b'c\""));
    }

    [Fact]
    public void Parse_NestedListAndMap_KeepsStructure()
    {
        var value = ValueNotationParser.Parse("[1, 'a', null, [2], {k: true, `odd key`: []}]");

        value.ToString().ShouldBe("[1, 'a', null, [2], {k: true, odd key: []}]");
    }

    [Fact]
    public void Parse_NodeWithLabelsAndProperties_ReadsBoth()
    {
        var node = ValueNotationParser.Parse("(:A:B {name: 'n0'})").ShouldBeOfType<TckNode>();

        node.Labels.ShouldBe(["A", "B"]);
        node.Properties.Entries["name"].ShouldBe(new TckString("n0"));
    }

    [Fact]
    public void Parse_RelationshipVersusList_IsToldApartByTheColon()
    {
        ValueNotationParser.Parse("[:KNOWS {num: 1}]").ShouldBeOfType<TckRelationship>().Type.ShouldBe("KNOWS");
        ValueNotationParser.Parse("[]").ShouldBeOfType<TckList>().Items.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_PathWithMixedDirections_RecordsEachDirection()
    {
        var path = ValueNotationParser.Parse("<(:A)<-[:T]-(:B)-[:T {k: 1}]->(:C)>").ShouldBeOfType<TckPath>();

        path.Steps.Select(s => s.Forward).ShouldBe([false, true]);
        path.Steps[1].Node.Labels.ShouldBe(["C"]);
    }

    [Fact]
    public void Parse_ZeroLengthPath_HasNoSteps()
    {
        ValueNotationParser.Parse("<()>").ShouldBeOfType<TckPath>().Steps.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("'unterminated")]
    [InlineData("[1, 2")]
    [InlineData("1 2")]
    [InlineData("nope")]
    public void Parse_Malformed_Throws(string text)
    {
        Should.Throw<FormatException>(() => ValueNotationParser.Parse(text));
    }
}
