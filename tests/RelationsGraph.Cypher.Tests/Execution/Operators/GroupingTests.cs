using RelationsGraph.Core.Backend;

namespace RelationsGraph.Cypher.Tests.Execution.Operators;

/// <summary>
/// Grouping on one column finds a group by reference when the value is the very object seen before; values equal
/// but not the same object, nulls and NaN must still land in the groups equivalence gives them.
/// </summary>
public sealed class GroupingTests
{
    [Fact]
    public void Aggregate_SameValueAsSharedAndAsDistinctObjects_CountsOneGroup()
    {
        using var engine = new CypherEngine();
        var shared = "MEMBER_OF";
        var rows = new List<object?>();
        for (var i = 0; i < 10; i++)
        {
            rows.Add(shared);
            rows.Add(new string("MEMBER_OF".AsSpan()));
            rows.Add(i % 2 == 0 ? "FUNDS" : null);
        }

        var result = engine.Execute(new QueryRequest(
            "UNWIND $rows AS t RETURN t, count(*) AS c ORDER BY c DESC",
            new Dictionary<string, object?> { ["rows"] = rows }));

        result.Rows.Select(r => (r[0], r[1])).ShouldBe([("MEMBER_OF", (object?)20L), (null, 5L), ("FUNDS", 5L)], ignoreOrder: true);
    }

    [Fact]
    public void Aggregate_StoredPropertyValues_GroupByValueWithNaNTogether()
    {
        using var engine = new CypherEngine();
        engine.Execute(new QueryRequest(
            "UNWIND range(1, 30) AS i CREATE (:N {k: CASE i % 3 WHEN 0 THEN 'a' WHEN 1 THEN 0.0 / 0.0 ELSE 1 END, i: i})",
            Mode: AccessMode.Write));

        var result = engine.Execute(new QueryRequest("MATCH (n:N) RETURN n.k AS k, count(*) AS c, sum(n.i) AS s ORDER BY s"));

        result.Rows.Count.ShouldBe(3);
        result.Rows.Select(r => r[1]).ShouldBe([10L, 10L, 10L]);
        result.Rows.Select(r => r[2]).ShouldBe([145L, 155L, 165L]);
        result.Rows.Count(r => r[0] is double d && double.IsNaN(d)).ShouldBe(1);
    }
}
