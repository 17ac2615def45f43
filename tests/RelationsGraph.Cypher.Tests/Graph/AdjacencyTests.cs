using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Tests.Graph;

public sealed class AdjacencyTests
{
    private static readonly NodeEntity From = new(0);
    private static readonly NodeEntity To = new(1);

    private static RelationshipEntity Rel(long id, string type) => new(id, type, From, To);

    [Fact]
    public void OfType_MixedTypesAddedInAnyOrder_ReturnsEachRunInInsertionOrder()
    {
        var adjacency = default(Adjacency);
        var r1 = Rel(1, "LIKES");
        var r2 = Rel(2, "KNOWS");
        var r3 = Rel(3, "LIKES");
        var r4 = Rel(4, "AID");
        var r5 = Rel(5, "KNOWS");

        foreach (var r in new[] { r1, r2, r3, r4, r5 })
        {
            adjacency.Add(r);
        }

        adjacency.OfType("LIKES").ShouldBe([r1, r3]);
        adjacency.OfType("KNOWS").ShouldBe([r2, r5]);
        adjacency.OfType("AID").ShouldBe([r4]);
        adjacency.OfType("NONE").ShouldBeEmpty();
        adjacency.TotalCount.ShouldBe(5);
        adjacency.Types().ShouldBe(["AID", "KNOWS", "LIKES"]);
    }

    [Fact]
    public void OfType_SingleType_ReturnsAllOrNothing()
    {
        var adjacency = default(Adjacency);
        var r1 = Rel(1, "TIE");
        var r2 = Rel(2, "TIE");
        adjacency.Add(r1);
        adjacency.Add(r2);

        adjacency.OfType("TIE").ShouldBe([r1, r2]);
        adjacency.OfType("AAA").ShouldBeEmpty();
        adjacency.OfType("ZZZ").ShouldBeEmpty();
    }

    [Fact]
    public void Remove_TakesOutOnlyThatRelationship()
    {
        var adjacency = default(Adjacency);
        var r1 = Rel(1, "A");
        var r2 = Rel(2, "B");
        var r3 = Rel(3, "A");
        adjacency.Add(r1);
        adjacency.Add(r2);
        adjacency.Add(r3);

        adjacency.Remove(r1);
        adjacency.Remove(Rel(9, "A"));

        adjacency.OfType("A").ShouldBe([r3]);
        adjacency.OfType("B").ShouldBe([r2]);
        adjacency.All.ShouldBe([r3, r2]);
        adjacency.Remove(r3);
        adjacency.Remove(r2);
        adjacency.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void LoadPath_CountsAllocatesExactlyAndGroupsByTypeInIdOrder()
    {
        var adjacency = default(Adjacency);
        var rels = new[] { Rel(1, "B"), Rel(2, "A"), Rel(3, "B"), Rel(4, "A") };
        foreach (var _ in rels)
        {
            adjacency.CountForLoad();
        }

        adjacency.AllocateForLoad();
        foreach (var r in rels)
        {
            adjacency.AppendForLoad(r);
        }

        adjacency.FinishLoad();

        adjacency.All.ShouldBe([rels[1], rels[3], rels[0], rels[2]]);
        adjacency.All.Array!.Length.ShouldBe(4);
        adjacency.OfType("B").ShouldBe([rels[0], rels[2]]);
        var added = Rel(5, "AB");
        adjacency.Add(added);
        adjacency.All.ShouldBe([rels[1], rels[3], added, rels[0], rels[2]]);
    }
}
