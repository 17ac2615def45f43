using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Tests.Values;

public sealed class TckValueComparerTests
{
    private static bool Equal(string expected, string actual, bool ignoreListOrder = false) =>
        TckValueComparer.AreEqual(ValueNotationParser.Parse(expected), ValueNotationParser.Parse(actual), ignoreListOrder);

    [Fact]
    public void AreEqual_IntegerAndFloatOfSameMagnitude_AreDifferent()
    {
        Equal("1", "1.0").ShouldBeFalse();
    }

    [Fact]
    public void AreEqual_NaNAndNaN_AreEqualForMatching()
    {
        Equal("NaN", "NaN").ShouldBeTrue();
    }

    [Fact]
    public void AreEqual_ListsInOtherOrder_MatchOnlyWhenIgnoringListOrder()
    {
        Equal("[1, [2, 3]]", "[[3, 2], 1]").ShouldBeFalse();
        Equal("[1, [2, 3]]", "[[3, 2], 1]", ignoreListOrder: true).ShouldBeTrue();
        Equal("[1, 1, 2]", "[1, 2, 2]", ignoreListOrder: true).ShouldBeFalse();
    }

    [Fact]
    public void AreEqual_MapsWithKeysInOtherOrder_AreEqual()
    {
        Equal("{a: 1, b: 'x'}", "{b: 'x', a: 1}").ShouldBeTrue();
        Equal("{a: 1}", "{a: 1, b: null}").ShouldBeFalse();
    }

    [Fact]
    public void AreEqual_NodesWithLabelsInOtherOrder_AreEqual()
    {
        Equal("(:A:B {k: 1})", "(:B:A {k: 1})").ShouldBeTrue();
        Equal("(:A)", "(:A:B)").ShouldBeFalse();
    }

    [Fact]
    public void AreEqual_PathsWithOppositeDirection_AreDifferent()
    {
        Equal("<(:A)-[:T]->(:B)>", "<(:A)<-[:T]-(:B)>").ShouldBeFalse();
    }
}
