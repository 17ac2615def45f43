using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Tests.Graph;

public sealed class PropertyMapTests
{
    [Fact]
    public void SetAll_TwoEntitiesWithTheSameKeys_ShareTheShapeButNotTheValues()
    {
        var a = new NodeEntity(1);
        var b = new NodeEntity(2);

        a.Properties.SetAll([new("name", "x"), new("since", 1L)]);
        b.Properties.SetAll([new("name", "y"), new("since", 2L)]);

        b.Properties.Shape.ShouldBeSameAs(a.Properties.Shape);
        a.GetProperty("name").ShouldBe("x");
        b.GetProperty("name").ShouldBe("y");
    }

    [Fact]
    public void SetAll_SkipsNulls_AndARepeatedKeyKeepsItsLastValue()
    {
        var node = new NodeEntity(1);

        node.Properties.SetAll([new("a", 1L), new("gone", null), new("a", 2L), new("b", "v")]);

        node.GetProperties().ShouldBe([new("a", 2L), new("b", "v")]);
    }

    [Fact]
    public void Set_NewKeyThenNull_AddsAndRemoves_KeepingTheOthersInOrder()
    {
        var rel = new RelationshipEntity(1, "T", new NodeEntity(1), new NodeEntity(2));
        rel.Properties.SetAll([new("a", 1L), new("b", 2L), new("c", 3L)]);

        rel.Properties.Set("b", null);
        rel.Properties.Set("d", 4L);
        rel.Properties.Set("a", 10L);

        rel.GetProperties().ShouldBe([new("a", 10L), new("c", 3L), new("d", 4L)]);
        rel.Properties.Count.ShouldBe(3);
        rel.GetProperty("b").ShouldBeNull();
    }

    [Fact]
    public void Set_OnOneEntity_LeavesAnotherOfTheSameShapeAlone()
    {
        var a = new NodeEntity(1);
        var b = new NodeEntity(2);
        a.Properties.SetAll([new("k", 1L)]);
        b.Properties.SetAll([new("k", 1L)]);

        a.Properties.Set("k", 5L);
        a.Properties.Remove("k").ShouldBeTrue();

        b.GetProperty("k").ShouldBe(1L);
        a.Properties.Count.ShouldBe(0);
        a.Properties.Remove("k").ShouldBeFalse();
    }

    [Fact]
    public void Clear_LeavesAnEmptyMap()
    {
        var node = new NodeEntity(1);
        node.Properties.SetAll([new("k", 1L)]);

        node.Properties.Clear();

        node.Properties.Count.ShouldBe(0);
        node.GetProperties().ShouldBeEmpty();
        node.Properties.ContainsKey("k").ShouldBeFalse();
    }

    [Fact]
    public void SetAndRemove_PastTheInlineSlots_KeepEveryValueAtItsKey()
    {
        var node = new NodeEntity(1);
        node.Properties.SetAll(Enumerable.Range(0, 6).Select(i => new KeyValuePair<string, object?>("p" + i, (long)i)));

        node.Properties.Set("p6", 6L);
        node.Properties.Set("p1", null);
        node.Properties.Set("p4", 40L);
        node.Properties.Remove("p0");

        node.GetProperties().ShouldBe([new("p2", 2L), new("p3", 3L), new("p4", 40L), new("p5", 5L), new("p6", 6L)]);
        node.Properties.Remove("p2");
        node.Properties.Remove("p3");
        node.GetProperties().ShouldBe([new("p4", 40L), new("p5", 5L), new("p6", 6L)]);
        node.Properties.Remove("p6");
        node.GetProperties().ShouldBe([new("p4", 40L), new("p5", 5L)]);
        node.GetProperty("p6").ShouldBeNull();
    }

    [Fact]
    public void Entries_TakenBeforeAChange_ShowTheStateWhenTaken()
    {
        var node = new NodeEntity(1);
        node.Properties.SetAll([new("a", 1L), new("b", 2L)]);
        var before = node.GetProperties();

        node.Properties.Set("c", 3L);

        before.Select(kv => kv.Key).ShouldBe(["a", "b"]);
    }
}
