using RelationsGraph.Cypher.Execution.Values;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Values;

public sealed class CypherComparerTests
{
    [Theory]
    [InlineData("null", "null", true)]
    [InlineData("1", "1.0", true)]
    [InlineData("0.0 / 0.0", "0.0 / 0.0", true)]
    [InlineData("[1, null]", "[1.0, null]", true)]
    [InlineData("{a: [1], b: null}", "{b: null, a: [1.0]}", true)]
    [InlineData("1", "'1'", false)]
    [InlineData("null", "0", false)]
    [InlineData("[1]", "[1, null]", false)]
    [InlineData("{a: 1}", "{a: 1, b: null}", false)]
    [InlineData("9007199254740993", "9007199254740992.0", false)]
    public void Equivalent_GroupsValuesTheWayDistinctDoes(string left, string right, bool expected)
    {
        var l = Eval(left);
        var r = Eval(right);

        CypherComparer.Equivalent(l, r).ShouldBe(expected);
        if (expected)
        {
            CypherComparer.EquivalenceHash(l).ShouldBe(CypherComparer.EquivalenceHash(r));
        }
    }

    [Fact]
    public void EquivalenceComparer_DeduplicatesMixedNumbersAndNulls()
    {
        var set = new HashSet<object?>(CypherComparer.EquivalenceComparer) { 1L, 1.0, null, null, double.NaN, double.NaN, "1" };

        set.Count.ShouldBe(4);
    }

    [Fact]
    public void Equivalent_Entities_ByIdentity()
    {
        var a = Node(1, []);
        var sameId = Node(1, ["Other"]);
        var other = Node(2, []);

        CypherComparer.Equivalent(a, sameId).ShouldBeTrue();
        CypherComparer.Equivalent(a, other).ShouldBeFalse();
        CypherComparer.Equivalent(a, Relationship(1, "T", a, other)).ShouldBeFalse();
    }

    [Fact]
    public void CompareForOrdering_MixedTypes_FollowNeo4jTypeOrder()
    {
        var n = Node(1, ["N"]);
        var m = Node(2, []);
        var r = Relationship(1, "REL", n, m);
        var p = new PathValue([n, m], [r]);
        var values = new List<object?> { null, double.NaN, 1.5, false, "text", p, new List<object?> { "list" }, r, n, Eval("{a: 'map'}"), 2L };

        values.Sort(CypherComparer.OrderingComparer);

        values.Select(Describe).ShouldBe(["map", "node", "relationship", "list", "path", "text", "false", "1.5", "2", "NaN", "null"]);
    }

    [Theory]
    [InlineData("1", "1.5", -1)]
    [InlineData("2", "1.5", 1)]
    [InlineData("1", "1.0", 0)]
    [InlineData("-1.0 / 0.0", "-9223372036854775807", -1)]
    [InlineData("0.0 / 0.0", "1.0 / 0.0", 1)]
    [InlineData("'a'", "'b'", -1)]
    [InlineData("false", "true", -1)]
    [InlineData("[1, 2]", "[1, 2, 0]", -1)]
    [InlineData("[1, 'a']", "[1, 2]", -1)]
    [InlineData("[null]", "[1]", 1)]
    [InlineData("{a: 1}", "{a: 2}", -1)]
    public void CompareForOrdering_WithinAndAcrossTypes_IsTotal(string left, string right, int expected)
    {
        Math.Sign(CypherComparer.CompareForOrdering(Eval(left), Eval(right))).ShouldBe(expected);
        Math.Sign(CypherComparer.CompareForOrdering(Eval(right), Eval(left))).ShouldBe(-expected);
    }

    [Theory]
    [InlineData("1", "2", -1)]
    [InlineData("2.5", "2", 1)]
    [InlineData("'b'", "'a'", 1)]
    [InlineData("[1, 2]", "[1, 2]", 0)]
    public void Compare_ComparableValues_GivesSign(string left, string right, int expected) =>
        CypherComparer.Compare(Eval(left), Eval(right)).ShouldBe(expected);

    [Theory]
    [InlineData("1", "'1'")]
    [InlineData("null", "1")]
    [InlineData("{}", "{}")]
    [InlineData("0.0 / 0.0", "1")]
    public void Compare_IncomparableValues_IsNull(string left, string right) =>
        CypherComparer.Compare(Eval(left), Eval(right)).ShouldBeNull();

    [Fact]
    public void Equal_PathsWithSameElements_AreEqual()
    {
        var n = Node(1, []);
        var r = Relationship(5, "LOOP", n, n);

        CypherComparer.Equal(new PathValue([n, n], [r]), new PathValue([n, n], [r])).ShouldBe(true);
        CypherComparer.Equal(new PathValue([n], []), new PathValue([n, n], [r])).ShouldBe(false);
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> => "map",
        Cypher.Graph.NodeEntity => "node",
        Cypher.Graph.RelationshipEntity => "relationship",
        PathValue => "path",
        IReadOnlyList<object?> => "list",
        string s => s,
        _ => Render(value),
    };
}
