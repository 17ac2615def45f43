using RelationsGraph.Core.Values;
using RelationsGraph.Cypher;
using RelationsGraph.Tck.Running;

namespace RelationsGraph.Tck.Tests.Running;

public sealed class GraphSnapshotTests
{
    private static Node N(long id, string[] labels, params (string Key, object? Value)[] properties) =>
        new(id, "n" + id, labels, properties.ToDictionary(p => p.Key, p => p.Value));

    private static SideEffects Diff(GraphContents before, GraphContents after) =>
        GraphSnapshot.Difference(GraphSnapshot.From(before), GraphSnapshot.From(after));

    [Fact]
    public void Difference_TwoNodesWithTheSameNewLabel_CountsOneLabel()
    {
        var effects = Diff(new GraphContents([], []), new GraphContents([N(1, ["A"]), N(2, ["A"])], []));

        effects.ShouldBe(SideEffects.None with { NodesCreated = 2, LabelsAdded = 1 });
    }

    [Fact]
    public void Difference_RemovingALabelStillUsedElsewhere_CountsNoLabelChange()
    {
        var effects = Diff(new GraphContents([N(1, ["A"]), N(2, ["A"])], []), new GraphContents([N(1, []), N(2, ["A"])], []));

        effects.ShouldBe(SideEffects.None);
    }

    [Fact]
    public void Difference_ChangedPropertyValue_CountsOneRemovedAndOneAdded()
    {
        var effects = Diff(new GraphContents([N(1, [], ("k", 1L))], []), new GraphContents([N(1, [], ("k", 2L))], []));

        effects.ShouldBe(SideEffects.None with { PropertiesAdded = 1, PropertiesRemoved = 1 });
    }

    [Fact]
    public void Difference_SameValueWrittenAgain_CountsNothing()
    {
        Diff(new GraphContents([N(1, [], ("k", 1L))], []), new GraphContents([N(1, [], ("k", 1L))], [])).ShouldBe(SideEffects.None);
    }

    [Fact]
    public void Difference_IntegerReplacedByEqualFloat_IsAPropertyChange()
    {
        Diff(new GraphContents([N(1, [], ("k", 1L))], []), new GraphContents([N(1, [], ("k", 1.0))], []))
            .ShouldBe(SideEffects.None with { PropertiesAdded = 1, PropertiesRemoved = 1 });
    }

    [Fact]
    public void Difference_DeletedNodeWithTwoProperties_CountsNodeAndProperties()
    {
        var effects = Diff(new GraphContents([N(1, ["A"], ("a", 1L), ("b", "x"))], []), new GraphContents([], []));

        effects.ShouldBe(SideEffects.None with { NodesDeleted = 1, PropertiesRemoved = 2, LabelsRemoved = 1 });
    }

    [Fact]
    public void Difference_NewRelationship_CountsRelationshipAndItsProperties()
    {
        var a = N(1, []);
        var rel = new Relationship(5, "r5", "T", 1, "n1", 1, "n1", new Dictionary<string, object?> { ["w"] = 1L });

        Diff(new GraphContents([a], []), new GraphContents([a], [rel]))
            .ShouldBe(SideEffects.None with { RelationshipsCreated = 1, PropertiesAdded = 1 });
    }

    [Fact]
    public void FromTable_ListedCounters_AreSetAndOthersZero()
    {
        SideEffects.FromTable([["+nodes", "1"], ["+properties", "2"]])
            .ShouldBe(SideEffects.None with { NodesCreated = 1, PropertiesAdded = 2 });
    }
}
