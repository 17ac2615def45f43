using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Syntax;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class CypherParserErrorTests
{
    [Theory]
    [InlineData("MATCH (n RETURN n", 1, 10, 9)]
    [InlineData("MATCH (n)\nRETRUN n", 2, 1, 10)]
    [InlineData("MATCH (n)\r\n  WHERE n.x = \n  RETURN n", 3, 3, 28)]
    [InlineData("RETURN 1 +", 1, 11, 10)]
    [InlineData("RETURN [1, 2", 1, 13, 12)]
    public void Parse_Error_ReportsOneBasedPosition(string query, int line, int column, int offset)
    {
        var error = ParseError(query);

        error.Line.ShouldBe(line);
        error.Column.ShouldBe(column);
        error.Offset.ShouldBe(offset);
        error.Message.ShouldContain($"(line {line}, column {column} (offset: {offset}))");
    }

    [Fact]
    public void Parse_InvalidInput_MessageNamesTheTokenAndWhatWasExpected()
    {
        var error = ParseError("MATCH (n) RETRUN n");

        error.Message.ShouldStartWith("Invalid input 'RETRUN': expected");
        error.Detail.ShouldBe("UnexpectedSyntax");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// only a comment")]
    [InlineData("RETURN")]
    [InlineData("RETURN 1;;")]
    [InlineData("RETURN 1 RETURN 2 garbage")]
    [InlineData("MATCH (n) WHERE RETURN n")]
    [InlineData("RETURN a != b")]
    [InlineData("RETURN /* unterminated")]
    [InlineData("RETURN `unterminated")]
    [InlineData("RETURN $")]
    [InlineData("MATCH (n:A|B) RETURN n")]
    [InlineData("RETURN CASE END")]
    [InlineData("MATCH (a)-[:T*1.5]->(b) RETURN a")]
    [InlineData("SET n.x")]
    [InlineData("MATCH (n) SET n[0] = 1")]
    [InlineData("MATCH (n) REMOVE n")]
    [InlineData("MATCH (a), (b) RETURN shortestPath((a)-[*]-(b))")]
    public void Parse_Malformed_RaisesSyntaxError(string query)
    {
        ParseError(query).Detail.ShouldNotBeNull();
    }

    [Fact]
    public void Parse_NestingBeyondLimit_RaisesSyntaxErrorInsteadOfOverflowing()
    {
        var deep = "RETURN " + new string('[', 5000) + new string(']', 5000);

        ParseError(deep).Message.ShouldContain("nested too deeply");
        ParseError("RETURN " + new string('(', 5000) + "1" + new string(')', 5000));
        ParseError("RETURN " + string.Concat(Enumerable.Repeat("NOT ", 5000)) + "true");
        ParseError("RETURN " + new string('-', 5000) + "x");
    }

    [Fact]
    public void Parse_NestingWithinLimit_Parses()
    {
        var query = "RETURN " + new string('[', 40) + new string(']', 40) + " AS literal";

        CypherParser.Parse(query).ShouldNotBeNull();
    }

    [Fact]
    public void Parse_LongFlatOperatorChain_Parses()
    {
        var query = "MATCH (n) WHERE " + string.Join(" OR ", Enumerable.Range(0, 300).Select(i => $"n.id = {i}")) + " RETURN n";

        CypherParser.Parse(query).ShouldNotBeNull();
    }

    [Theory]
    [InlineData(" + ")]
    [InlineData(" AND ")]
    [InlineData(" < ")]
    [InlineData(" IN ")]
    public void Parse_EnormousOperatorChain_FailsCleanly(string op)
    {
        var query = "RETURN " + string.Join(op, Enumerable.Range(0, 50_000));

        ParseError(query).Message.ShouldContain("too many operators");
    }

    [Fact]
    public void Parse_EnormousPropertyChain_FailsCleanly()
    {
        ParseError("RETURN n" + string.Concat(Enumerable.Repeat(".a", 50_000))).Message.ShouldContain("too many operators");
    }

    [Fact]
    public void Parse_EnormousUnionChain_FailsCleanly()
    {
        var query = string.Join(" UNION ", Enumerable.Repeat("RETURN 1 AS x", 50_000));

        ParseError(query).Message.ShouldContain("too many operators");
    }

    [Fact]
    public void Parse_ChainsInsideNesting_CountTowardsOneDepthLimit()
    {
        // 60 nested lists, each the last operand of an open 10-operator chain: fine for the recursion limit, too deep an AST.
        var chain = string.Concat(Enumerable.Range(0, 10).Select(i => $"{i} + "));
        var query = "RETURN " + string.Concat(Enumerable.Repeat(chain + "[", 60)) + "1" + new string(']', 60);
        var shallow = "RETURN " + string.Concat(Enumerable.Repeat(chain + "[", 20)) + "1" + new string(']', 20);

        ParseError(query).Message.ShouldContain("too many operators");
        CypherParser.Parse(shallow).ShouldNotBeNull();
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Should.Throw<ArgumentNullException>(() => CypherParser.Parse(null!));
    }

    [Fact]
    public void Parse_ErrorCode_IsSyntaxError()
    {
        ParseError("RETURN )").Code.ShouldBe(StatusCodes.SyntaxError);
    }
}
