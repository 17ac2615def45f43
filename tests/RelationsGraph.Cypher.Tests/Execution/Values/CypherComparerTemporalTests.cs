using RelationsGraph.Cypher.Execution.Values;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Values;

public sealed class CypherComparerTemporalTests
{
    [Fact]
    public void CompareForOrdering_TemporalTypes_FollowNeo4jTypeOrder()
    {
        var values = new List<object?>
        {
            Eval("duration('P1D')"),
            Eval("localtime('12:00')"),
            Eval("time('12:00+01:00')"),
            Eval("date('2020-01-01')"),
            Eval("localdatetime('2020-01-01T12:00')"),
            Eval("datetime('2020-01-01T12:00Z')"),
            "text",
        };

        values.Sort(CypherComparer.OrderingComparer);

        values.Select(CypherTypes.TypeName).ShouldBe(
            ["ZONED DATETIME", "LOCAL DATETIME", "DATE", "ZONED TIME", "LOCAL TIME", "DURATION", "STRING"]);
    }

    [Fact]
    public void CompareForOrdering_Durations_AreOrderedByComponents()
    {
        var values = new List<object?> { Eval("duration('P1M')"), Eval("duration('PT1S')"), Eval("duration('P1D')") };

        values.Sort(CypherComparer.OrderingComparer);

        values.Select(v => v!.ToString()).ShouldBe(["PT1S", "P1D", "P1M"]);
    }

    [Theory]
    [InlineData("date('2020-01-01') < date('2020-01-02')", "true")]
    [InlineData("date('2020-01-01') = date('2020-01-01')", "true")]
    [InlineData("date('2020-01-01') < localdatetime('2020-01-02T00:00')", "null")]
    [InlineData("date('2020-01-01') = localdatetime('2020-01-01T00:00')", "false")]
    [InlineData("duration('P1D') < duration('P2D')", "null")]
    [InlineData("date('2020-01-31') + duration('P1D') = date('2020-02-01')", "true")]
    [InlineData("date('2020-03-01').month", "3")]
    [InlineData("'on ' + date('2020-03-01')", "'on 2020-03-01'")]
    [InlineData("toString(date('2020-03-01'))", "'2020-03-01'")]
    public void TemporalValues_ThroughOperators_FollowCypher(string expression, string expected) =>
        Show(expression).ShouldBe(expected);
}
