using RelationsGraph.Core.Backend;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

public sealed class ParameterListLookupTests
{
    private static List<object?> Ids(int count) => Enumerable.Range(1, count).Select(i => (object?)$"id-{i}").ToList();

    private static object? IsIn(CypherEngine engine, string value, List<object?> ids) =>
        engine.Execute(new QueryRequest("RETURN $value IN $ids AS found", new Dictionary<string, object?> { ["value"] = value, ["ids"] = ids })).Rows[0][0];

    [Fact]
    public void InParameter_ListChangedByTheCallerBetweenRuns_IsReadAfreshEachRun()
    {
        using var engine = new CypherEngine();
        var ids = Ids(40);
        IsIn(engine, "new-id", ids).ShouldBe(false);

        // The engine uses a caller's plain list as it is; the set built for the first run must not answer the second.
        ids.Add("new-id");
        ids.Remove("id-7");

        IsIn(engine, "new-id", ids).ShouldBe(true);
        IsIn(engine, "id-7", ids).ShouldBe(false);
    }

    [Fact]
    public void InParameter_TwoParametersInOneRun_EachAnswersFromItsOwnList()
    {
        using var engine = new CypherEngine();
        var parameters = new Dictionary<string, object?>
        {
            ["a"] = Ids(20),
            ["b"] = Enumerable.Range(100, 20).Select(i => (object?)$"id-{i}").ToList(),
        };

        var row = engine.Execute(new QueryRequest(
            "UNWIND ['id-5', 'id-105'] AS v RETURN v, v IN $a AS inA, v IN $b AS inB ORDER BY v", parameters)).Rows;

        row.Select(r => (r[0], r[1], r[2])).ShouldBe([("id-105", (object?)false, (object?)true), ("id-5", (object?)true, (object?)false)]);
    }
}
