using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Values;
using RelationsGraph.Tck.Running;

namespace RelationsGraph.Tck.Tests.Running;

public sealed class ResultMatcherTests
{
    private static readonly Node A = new(1, "n1", ["A"], new Dictionary<string, object?> { ["name"] = "a" });
    private static readonly Node B = new(2, "n2", ["B"], new Dictionary<string, object?>());
    private static readonly Relationship AtoB = new(7, "r7", "T", 1, "n1", 2, "n2", new Dictionary<string, object?> { ["w"] = 1L });

    private static QueryResult Result(IReadOnlyList<string> columns, params IReadOnlyList<object?>[] rows) => new(columns, rows, QueryCounters.None);

    private static List<IReadOnlyList<string>> Table(params string[][] rows) => [.. rows];

    [Fact]
    public void Compare_SameRowsInOtherOrder_MatchesOnlyWhenUnordered()
    {
        var result = Result(["x"], [1L], [2L]);
        var table = Table(["x"], ["2"], ["1"]);

        ResultMatcher.Compare(result, table, ordered: false, ignoreListOrder: false).ShouldBeNull();
        ResultMatcher.Compare(result, table, ordered: true, ignoreListOrder: false).ShouldNotBeNull().ShouldStartWith("wrong result: row 1");
    }

    [Fact]
    public void Compare_DifferentColumnNames_ReportsWrongColumns()
    {
        ResultMatcher.Compare(Result(["n.name"]), Table(["name"]), ordered: false, ignoreListOrder: false)
            .ShouldBe("wrong columns: expected [name], got [n.name]");
    }

    [Fact]
    public void Compare_MissingRow_ReportsRowCounts()
    {
        ResultMatcher.Compare(Result(["x"], [1L]), Table(["x"], ["1"], ["1"]), ordered: false, ignoreListOrder: false)
            .ShouldNotBeNull().ShouldStartWith("wrong result: expected 2 rows, got 1");
    }

    [Fact]
    public void Compare_DuplicateRows_AreCountedAsAMultiset()
    {
        ResultMatcher.Compare(Result(["x"], [1L], [2L]), Table(["x"], ["1"], ["1"]), ordered: false, ignoreListOrder: false)
            .ShouldNotBeNull().ShouldStartWith("wrong result: expected row | 1 | not found");
    }

    [Fact]
    public void Compare_NodesRelationshipsAndPaths_MatchByLabelsTypesPropertiesAndDirection()
    {
        var path = new GraphPath([B, A], [AtoB]);
        var result = Result(["n", "r", "p"], [A, AtoB, path]);

        ResultMatcher.Compare(result, Table(["n", "r", "p"], ["(:A {name: 'a'})", "[:T {w: 1}]", "<(:B)<-[:T {w: 1}]-(:A {name: 'a'})>"]), false, false)
            .ShouldBeNull();
        ResultMatcher.Compare(result, Table(["n", "r", "p"], ["(:A {name: 'a'})", "[:T {w: 1}]", "<(:B)-[:T {w: 1}]->(:A {name: 'a'})>"]), false, false)
            .ShouldNotBeNull();
    }

    [Fact]
    public void Compare_IntValueFromEngine_IsNotAFloat()
    {
        ResultMatcher.Compare(Result(["x"], [1.0]), Table(["x"], ["1"]), ordered: false, ignoreListOrder: false).ShouldNotBeNull();
        ResultMatcher.Compare(Result(["x"], [1.0]), Table(["x"], ["1.0"]), ordered: false, ignoreListOrder: false).ShouldBeNull();
    }

    [Fact]
    public void Compare_ListsAndMapsFromEngine_AreComparedStructurally()
    {
        var value = new List<object?> { 1L, "a", new Dictionary<string, object?> { ["k"] = null } };

        ResultMatcher.Compare(Result(["x"], new object?[] { value }), Table(["x"], ["[1, 'a', {k: null}]"]), false, false).ShouldBeNull();
    }
}
