using RelationsGraph.Cypher.Collections;

namespace RelationsGraph.Cypher.Tests.Collections;

public sealed class ChunkedListTests
{
    [Fact]
    public void Add_ManyAcrossChunks_KeepsOrderAndIndexes()
    {
        var list = new ChunkedList<long>();
        for (var i = 0L; i < 50_000; i++)
        {
            list.Add(i * 3);
        }

        list.Count.ShouldBe(50_000);
        list[0].ShouldBe(0);
        list[9_999].ShouldBe(29_997);
        list[49_999].ShouldBe(149_997);
        list.Sum().ShouldBe(Enumerable.Range(0, 50_000).Sum(i => i * 3L));
        Should.Throw<ArgumentOutOfRangeException>(() => list[50_000]);
    }

    [Fact]
    public void Truncate_ThenAdd_ReusesTheTail()
    {
        var list = new ChunkedList<string>();
        for (var i = 0; i < 20_000; i++)
        {
            list.Add("x" + i);
        }

        list.Truncate(5);
        list.Add("new");

        list.ShouldBe(["x0", "x1", "x2", "x3", "x4", "new"]);
        Should.Throw<ArgumentOutOfRangeException>(() => list.Truncate(7));
    }

    [Fact]
    public void ChunkLength_ForReferencesAndWideStructs_StaysUnderTheLargeObjectThreshold()
    {
        (ChunkedList<object>.ChunkLength * IntPtr.Size).ShouldBeLessThan(85_000);
        (ChunkedList<(long, long, long)>.ChunkLength * 24).ShouldBeLessThan(85_000);
        ChunkedList<object>.ChunkLength.ShouldBeGreaterThan(1_000);
    }
}
