using RelationsGraph.Web.Initialization;

namespace RelationsGraph.Web.Tests.Initialization;

public sealed class CypherScriptTests
{
    [Fact]
    public void Split_TwoStatements_ReturnsEachWithoutTheSemicolon()
    {
        CypherScript.Split("CREATE (a);\nMATCH (n) RETURN n;").ShouldBe(["CREATE (a)", "MATCH (n) RETURN n"]);
    }

    [Fact]
    public void Split_SemicolonInsideStrings_DoesNotSplit()
    {
        CypherScript.Split("RETURN 'a;b' AS x, \"c;d\" AS y, `e;f` AS z;").ShouldBe(["RETURN 'a;b' AS x, \"c;d\" AS y, `e;f` AS z"]);
    }

    [Fact]
    public void Split_EscapedQuoteInsideString_KeepsTheStringWhole()
    {
        CypherScript.Split(@"RETURN 'it\'s; fine' AS x; RETURN 2").ShouldBe([@"RETURN 'it\'s; fine' AS x", "RETURN 2"]);
    }

    [Fact]
    public void Split_Comments_AreDroppedWithTheirSemicolons()
    {
        CypherScript.Split("// header; with semicolon\nRETURN 1; /* block; */ RETURN 2;").ShouldBe(["RETURN 1", "RETURN 2"]);
    }

    [Fact]
    public void Split_OnlyCommentsAndBlanks_ReturnsNothing()
    {
        CypherScript.Split("// nothing here\n\n  ;  ;").ShouldBeEmpty();
    }

    [Fact]
    public void Split_CurlyApostropheInQuote_IsPlainText()
    {
        CypherScript.Split("RETURN 'Kim Jong Un’s sister; criticised' AS q;").ShouldBe(["RETURN 'Kim Jong Un’s sister; criticised' AS q"]);
    }
}
