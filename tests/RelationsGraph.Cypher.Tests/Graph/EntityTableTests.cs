using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Tests.Graph;

public sealed class EntityTableTests
{
    [Fact]
    public void SetFindRemove_DenseIds_CountsAndEnumeratesInIdOrder()
    {
        var table = new EntityTable<string>();

        table.Set(2, "two");
        table.Set(0, "zero");
        table.Set(1, "one");
        table.Set(1, "uno");
        table.Remove(0);
        table.Remove(0);

        table.Count.ShouldBe(2);
        table.Find(1).ShouldBe("uno");
        table.Find(0).ShouldBeNull();
        table.Find(-1).ShouldBeNull();
        table.Find(1_000).ShouldBeNull();
        table.Values.ShouldBe(["uno", "two"]);
    }

    [Fact]
    public void Set_AFarId_GoesAsideWithoutAGiantArray_AndStaysFindable()
    {
        var table = new EntityTable<string>();
        table.Set(0, "first");

        table.Set(5_000_000_000L, "far");
        table.Set(3_000_000, "farish");

        table.Find(5_000_000_000L).ShouldBe("far");
        table.Find(3_000_000).ShouldBe("farish");
        table.Count.ShouldBe(3);
        table.Values.ShouldBe(["first", "far", "farish"], ignoreOrder: true);
        table.Remove(5_000_000_000L);
        table.Find(5_000_000_000L).ShouldBeNull();
        table.Count.ShouldBe(2);
    }

    [Fact]
    public void Reserve_CoveringAnIdSetAside_MovesItIntoTheArray()
    {
        var table = new EntityTable<string>();
        table.Set(200_000, "aside");

        table.Reserve(300_000);
        table.Set(200_000, "replaced");

        table.Find(200_000).ShouldBe("replaced");
        table.Count.ShouldBe(1);
        table.Values.ShouldBe(["replaced"]);
    }

    [Fact]
    public void Reserve_BeyondSixteenMillionIds_AllocatesNothingAndIdsStillWork()
    {
        var table = new EntityTable<string>();
        var before = GC.GetAllocatedBytesForCurrentThread();

        table.Reserve(3_000_000_000L);
        table.Reserve(20_000_000L);

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(1_000_000);
        table.Set(0, "a");
        table.Set(2_999_999_999L, "z");

        table.Find(2_999_999_999L).ShouldBe("z");
        table.Values.ShouldBe(["a", "z"]);
    }
}
