using RelationsGraph.Cypher.Ast;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class CypherParserPatternTests
{
    private static PatternPart Part(string pattern) => Clause<MatchClause>("MATCH " + pattern + " RETURN 1").Pattern.Parts[0];

    private static RelationshipPattern Rel(string pattern) => Part(pattern).Element.Steps[0].Relationship;

    [Theory]
    [InlineData("(a)-->(b)", "Outgoing")]
    [InlineData("(a)<--(b)", "Incoming")]
    [InlineData("(a)--(b)", "Both")]
    [InlineData("(a)<-->(b)", "Both")]
    [InlineData("(a)-[]->(b)", "Outgoing")]
    [InlineData("(a)<-[]-(b)", "Incoming")]
    [InlineData("(a)-[]-(b)", "Both")]
    [InlineData("(a)<-[]->(b)", "Both")]
    public void Parse_RelationshipArrows_GiveDirection(string pattern, string direction)
    {
        Rel(pattern).Direction.ShouldBe(Enum.Parse<RelationshipDirection>(direction));
    }

    [Fact]
    public void Parse_UnicodeDashesInArrow_AreDashes()
    {
        Rel("(a)\u2013[:T]\u2014>(b)").ShouldBe(new RelationshipPattern(null, List("T"), RelationshipDirection.Outgoing, null, null));
    }

    [Fact]
    public void Parse_FullRelationshipDetail_GivesEveryPart()
    {
        Rel("(a)-[r:A|B *1..3 {k: 1}]->(b)").ShouldBe(new RelationshipPattern(
            "r", List("A", "B"), RelationshipDirection.Outgoing, new MapLiteral(List(new MapEntry("k", Lit(1L)))), new RangeLiteral(1, 3)));
    }

    [Fact]
    public void Parse_OldStyleTypeAlternatives_AreAccepted()
    {
        Rel("(a)-[:A|:B]->(b)").Types.ShouldBe(List("A", "B"));
    }

    [Theory]
    [InlineData("*", null, null)]
    [InlineData("*2", 2L, 2L)]
    [InlineData("*..3", null, 3L)]
    [InlineData("*2..", 2L, null)]
    [InlineData("* 1 .. 3", 1L, 3L)]
    public void Parse_VariableLength_GivesBounds(string range, long? min, long? max)
    {
        Rel($"(a)-[{range}]->(b)").Length.ShouldBe(new RangeLiteral(min, max));
    }

    [Fact]
    public void Parse_NodeWithParameterProperties_KeepsParameter()
    {
        Part("(n:A:B $props)").Element.Start.ShouldBe(new NodePattern("n", List("A", "B"), new Parameter("props")));
    }

    [Fact]
    public void Parse_PathVariableAndShortestPath_SetSelector()
    {
        var part = Part("p = shortestPath((a)-[*]-(b))");

        part.PathVariable.ShouldBe("p");
        part.Selector.ShouldBe(PathSelector.Shortest);
        Part("allShortestPaths((a)-[*]-(b))").Selector.ShouldBe(PathSelector.AllShortest);
    }

    [Fact]
    public void Parse_CommaSeparatedParts_AreKept()
    {
        var pattern = Clause<MatchClause>("MATCH (a)-->(b)<--(c), (d) RETURN a").Pattern;

        pattern.Parts.Count.ShouldBe(2);
        pattern.Parts[0].Element.Nodes.Select(n => n.Variable).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Parse_AnonymousNodes_HaveNoVariable()
    {
        Part("()-->()").Element.Start.ShouldBe(new NodePattern(null, AstList<string>.Empty, null));
    }

    [Fact]
    public void Parse_LabelConjunctionWithAmpersand_GivesLabels()
    {
        Part("(n:A&B)").Element.Start.Labels.ShouldBe(List("A", "B"));
    }
}
