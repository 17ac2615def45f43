using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Tests.Graph;

public sealed class PropertyShapeTests
{
    [Fact]
    public void With_SameKeysInSameOrder_ReturnsOneSharedShape()
    {
        var first = PropertyShape.Empty.With("shape-test-a").With("shape-test-b");
        var second = PropertyShape.Empty.With(new string("shape-test-a".AsSpan())).With("shape-test-b");

        second.ShouldBeSameAs(first);
        second.IsShared.ShouldBeTrue();
        second.Keys.ShouldBe(["shape-test-a", "shape-test-b"]);
    }

    [Fact]
    public void With_KeysInAnotherOrder_IsAnotherShape()
    {
        var ab = PropertyShape.Empty.With("shape-order-a").With("shape-order-b");
        var ba = PropertyShape.Empty.With("shape-order-b").With("shape-order-a");

        ba.ShouldNotBeSameAs(ab);
        ba.IndexOf("shape-order-a").ShouldBe(1);
        ab.IndexOf("shape-order-a").ShouldBe(0);
        ab.IndexOf("missing").ShouldBe(-1);
    }

    [Fact]
    public void Without_KeepsTheOtherKeysInOrder_AndMeetsTheSharedShape()
    {
        var abc = PropertyShape.Empty.With("shape-rm-a").With("shape-rm-b").With("shape-rm-c");

        var ac = abc.Without(1);

        ac.Keys.ShouldBe(["shape-rm-a", "shape-rm-c"]);
        ac.ShouldBeSameAs(PropertyShape.Empty.With("shape-rm-a").With("shape-rm-c"));
    }

    [Fact]
    public void With_PastTheTransitionLimit_HandsOutPrivateShapesThatStillWork()
    {
        var root = PropertyShape.Empty.With("shape-limit-root");
        var shapes = Enumerable.Range(0, 100).Select(i => root.With("k" + i)).ToList();

        shapes.Count(s => !s.IsShared).ShouldBeGreaterThan(0);
        shapes[99].Keys.ShouldBe(["shape-limit-root", "k99"]);
        shapes[99].With("more").IsShared.ShouldBeFalse();
        root.With("k0").ShouldBeSameAs(shapes[0]);
    }

    [Fact]
    public void IndexOf_ManyKeys_FindsEveryOne()
    {
        var shape = PropertyShape.Empty;
        for (var i = 0; i < 40; i++)
        {
            shape = shape.With("shape-many-" + i);
        }

        for (var i = 0; i < 40; i++)
        {
            shape.IndexOf("shape-many-" + i).ShouldBe(i);
        }

        shape.IndexOf("shape-many-40").ShouldBe(-1);
    }
}
