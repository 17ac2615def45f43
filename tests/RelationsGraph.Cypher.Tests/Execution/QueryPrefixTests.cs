using RelationsGraph.Cypher.Execution;

namespace RelationsGraph.Cypher.Tests.Execution;

public sealed class QueryPrefixTests
{
    [Fact]
    public void Strip_LeadingKeyword_BlanksItKeepingPositions()
    {
        QueryPrefix.Strip("  explain\nMATCH (n) RETURN n", "EXPLAIN", out var rest).ShouldBeTrue();
        rest.ShouldBe("         \nMATCH (n) RETURN n");
    }

    [Fact]
    public void Strip_KeywordInsideAnIdentifier_IsNotAPrefix()
    {
        QueryPrefix.Strip("EXPLAINED RETURN 1", "EXPLAIN", out var rest).ShouldBeFalse();
        rest.ShouldBe("EXPLAINED RETURN 1");
        QueryPrefix.Strip("EXPLAIN", "EXPLAIN", out _).ShouldBeFalse();
    }
}
