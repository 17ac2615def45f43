using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Persistence;

namespace RelationsGraph.Cypher.Tests.Graph;

public sealed class GraphStoreTests
{
    private static (GraphStore Store, WriteSession Session) NewStore()
    {
        var store = new GraphStore();
        var session = new WriteSession();
        store.Session = session;
        return (store, session);
    }

    [Fact]
    public void CreateRelationship_AddsToBothAdjacencyLists_GroupedByType()
    {
        var (store, _) = NewStore();
        var a = store.CreateNode(["A"], []);
        var b = store.CreateNode([], []);
        var r = store.CreateRelationship("KNOWS", a, b, []);
        store.CreateRelationship("LIKES", a, b, []);

        a.Outgoing.OfType("KNOWS").ShouldBe([r]);
        b.Incoming.OfType("KNOWS").ShouldBe([r]);
        a.Outgoing.TotalCount.ShouldBe(2);
        a.Incoming.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void RollbackTo_Start_UndoesEveryKindOfChange()
    {
        var (store, session) = NewStore();
        var a = store.CreateNode(["A"], [new("v", 1L)]);
        var b = store.CreateNode(["B"], []);
        var r = store.CreateRelationship("R", a, b, []);
        var mark = session.Mark;

        store.SetProperty(a, "v", 2L);
        store.AddLabel(a, "C");
        store.RemoveLabel(a, "A");
        store.DeleteRelationship(r);
        store.DeleteNode(b);
        store.CreateNode(["D"], []);
        session.RollbackTo(mark);

        a.GetProperty("v").ShouldBe(1L);
        a.Labels.ShouldBe(["A"]);
        store.NodesWithLabel("A").ShouldContain(a);
        store.NodesWithLabel("C").ShouldBeEmpty();
        store.NodesWithLabel("D").ShouldBeEmpty();
        b.IsDeleted.ShouldBeFalse();
        store.FindRelationship(r.Id).ShouldBe(r);
        a.Outgoing.OfType("R").ShouldBe([r]);
        store.NodeCount.ShouldBe(2);
    }

    [Fact]
    public void CreateNode_AfterRollback_NeverReusesAnId()
    {
        var (store, session) = NewStore();
        var first = store.CreateNode([], []);
        session.RollbackTo(0);
        store.CreateNode([], []).Id.ShouldBeGreaterThan(first.Id);
    }

    [Fact]
    public void ValidateStatementEnd_DeletedNodeWithRelationships_Throws()
    {
        var (store, _) = NewStore();
        var a = store.CreateNode([], []);
        var b = store.CreateNode([], []);
        store.CreateRelationship("R", a, b, []);
        store.DeleteNode(a);

        Should.Throw<CypherException>(store.ValidateStatementEnd).Detail.ShouldBe("DeleteConnectedNode");
    }

    [Fact]
    public void ValidateStatementEnd_RelationshipDeletedToo_Passes()
    {
        var (store, _) = NewStore();
        var a = store.CreateNode([], []);
        var b = store.CreateNode([], []);
        var r = store.CreateRelationship("R", a, b, []);
        store.DeleteNode(a);
        store.DeleteRelationship(r);

        Should.NotThrow(store.ValidateStatementEnd);
    }

    [Fact]
    public void FindIndex_AfterCreateRule_SeeksExistingAndNewNodes()
    {
        var (store, _) = NewStore();
        var old = store.CreateNode(["P"], [new("id", 1L)]);
        store.CreateRule(new SchemaRule("i", "INDEX", false, "P", ["id"]), ifNotExists: false);
        var fresh = store.CreateNode(["P"], [new("id", 2L)]);

        var index = store.FindIndex("P", "id").ShouldNotBeNull();
        index.Seek(1L).ShouldBe([old]);
        index.Seek(2.0).ShouldBe([fresh]);
    }

    [Fact]
    public void SetProperty_ViolatingUniqueness_ThrowsAndRollbackRestoresTheIndex()
    {
        var (store, session) = NewStore();
        store.CreateRule(new SchemaRule("u", "UNIQUE", false, "P", ["id"]), ifNotExists: false);
        store.CreateNode(["P"], [new("id", 1L)]);
        var other = store.CreateNode(["P"], [new("id", 2L)]);
        var mark = session.Mark;

        Should.Throw<CypherException>(() => store.SetProperty(other, "id", 1L)).Code.ShouldBe(StatusCodes.ConstraintValidationFailed);
        session.RollbackTo(mark);

        other.GetProperty("id").ShouldBe(2L);
        store.FindIndex("P", "id")!.Seek(2L).ShouldBe([other]);
    }

    [Fact]
    public void DropRule_RemovesTheIndexWhenNoRuleNeedsIt()
    {
        var (store, _) = NewStore();
        store.CreateRule(new SchemaRule("i", "INDEX", false, "P", ["id"]), ifNotExists: false);
        store.DropRule("i", constraint: false, ifExists: false).ShouldBeTrue();
        store.FindIndex("P", "id").ShouldBeNull();
        store.DropRule("i", constraint: false, ifExists: true).ShouldBeFalse();
    }

    [Fact]
    public void DeleteRelationship_ThenRollback_RestoresItInTheRelationshipIndex()
    {
        var (store, session) = NewStore();
        store.CreateRule(new SchemaRule("t", "UNIQUE", true, "T", ["id"]), ifNotExists: false);
        var a = store.CreateNode([], []);
        var r = store.CreateRelationship("T", a, a, [new("id", 1L)]);
        var mark = session.Mark;

        store.DeleteRelationship(r);
        store.FindRelationshipIndex("T", "id")!.Seek(1L).ShouldBeEmpty();
        session.RollbackTo(mark);

        store.FindRelationshipIndex("T", "id")!.Seek(1L).ShouldBe([r]);
        Should.Throw<CypherException>(() => store.CreateRelationship("T", a, a, [new("id", 1.0)]));
    }

    [Fact]
    public void Seek_NonUniqueIndex_KeepsSeveralNodesPerKeyAndDropsThemOneByOne()
    {
        var (store, _) = NewStore();
        store.CreateRule(new SchemaRule("i", "INDEX", false, "P", ["kind"]), ifNotExists: false);
        var a = store.CreateNode(["P"], [new("kind", "org")]);
        var b = store.CreateNode(["P"], [new("kind", "org")]);
        var c = store.CreateNode(["P"], [new("kind", "org")]);
        var index = store.FindIndex("P", "kind")!;

        index.Seek("org").ShouldBe([a, b, c], ignoreOrder: true);
        store.DeleteNode(b);
        store.SetProperty(c, "kind", "state");

        index.Seek("org").ShouldBe([a]);
        index.Seek("state").ShouldBe([c]);
        store.DeleteNode(a);
        index.Seek("org").ShouldBeEmpty();
    }

    [Fact]
    public void AddAndRemoveLabel_ThenRollback_RestoreTheLabelsAndTheLabelIndex()
    {
        var (store, session) = NewStore();
        var a = store.CreateNode(["A", "B"], []);
        var other = store.CreateNode(["A", "B"], []);
        var mark = session.Mark;

        store.AddLabel(a, "C").ShouldBeTrue();
        store.RemoveLabel(a, "A").ShouldBeTrue();
        a.Labels.ShouldBe(["B", "C"]);
        other.Labels.ShouldBe(["A", "B"]);
        session.RollbackTo(mark);

        a.Labels.ShouldBe(["A", "B"]);
        store.NodesWithLabel("A").ShouldBe([a, other], ignoreOrder: true);
        store.NodesWithLabel("C").ShouldBeEmpty();
    }

    [Fact]
    public void LoadFrom_BuildsAdjacencyIndexesAndIdsAsIfCreated()
    {
        var store = new GraphStore();
        var persistence = new ListPersistence(
            [new SchemaRule("u", "UNIQUE", false, "Actor", ["id"])],
            [(0, ["Actor"], [new("id", "a")]), (1, ["Actor"], [new("id", "b")]), (5, ["Actor", "State"], [new("id", "c")])],
            [(0, 0, 1, "TIE", [new("type", "AID")]), (3, 1, 0, "TIE", []), (4, 0, 5, "ALLY", []), (7, 0, 1, "TIE", [new("type", "SANCTION")])]);

        store.LoadFrom(persistence);

        var a = store.FindNode(0)!;
        a.Outgoing.OfType("TIE").Select(r => r.Id).ShouldBe([0L, 7L]);
        a.Outgoing.OfType("ALLY").Select(r => r.Id).ShouldBe([4L]);
        a.Incoming.All.Select(r => r.Id).ShouldBe([3L]);
        store.FindNode(5)!.Incoming.TotalCount.ShouldBe(1);
        store.FindIndex("Actor", "id")!.Seek("c").ShouldBe([store.FindNode(5)!]);
        store.FindNode(1)!.Labels.ShouldBeSameAs(a.Labels);
        store.FindRelationship(7)!.GetProperty("type").ShouldBe("SANCTION");
        store.RelationshipTypesInUse().ShouldBe(["ALLY", "TIE"], ignoreOrder: true);
        store.PropertyKeysInUse().ShouldBe(["id", "type"], ignoreOrder: true);

        store.Session = new WriteSession();
        store.CreateNode([], []).Id.ShouldBe(6);
        store.CreateRelationship("TIE", a, a, []).Id.ShouldBe(8);
        a.Outgoing.OfType("TIE").Select(r => r.Id).ShouldBe([0L, 7L, 8L]);
    }

    [Fact]
    public void WriteSession_KeepsCreatedEntitiesInItsLogAndOnlyOlderOnesInTheTouchedSets()
    {
        var (store, session) = NewStore();
        var old = store.CreateNode(["Old"], []);
        var next = new WriteSession();
        store.Session = next;

        var fresh = store.CreateNode(["New"], []);
        store.SetProperty(fresh, "v", 1L);
        store.SetProperty(old, "v", 2L);
        var mark = next.Mark;
        var undone = store.CreateNode(["Undone"], []);
        next.RollbackTo(mark);

        next.IsCreatedHere(fresh).ShouldBeTrue();
        next.IsCreatedHere(old).ShouldBeFalse();
        next.TouchedNodes.ShouldBe([old]);
        next.CreatedNodes.ShouldBe([fresh]);
        next.ChangedNodes.ShouldBe([old, fresh]);
        undone.IsDeleted.ShouldBeTrue();
        session.CreatedNodes.ShouldBe([old]);
    }

    private sealed class ListPersistence(
        SchemaRule[] rules,
        (long Id, string[] Labels, KeyValuePair<string, object?>[] Properties)[] nodes,
        (long Id, long Start, long End, string Type, KeyValuePair<string, object?>[] Properties)[] relationships) : IGraphPersistence
    {
        public void Load(IGraphLoadSink sink)
        {
            sink.Prepare(nodes.Max(n => n.Id) + 1, relationships.Max(r => r.Id) + 1);
            foreach (var rule in rules)
            {
                sink.AddSchemaRule(rule);
            }

            foreach (var n in nodes)
            {
                sink.AddNode(n.Id, n.Labels, n.Properties);
            }

            foreach (var r in relationships)
            {
                sink.AddRelationship(r.Id, r.Start, r.End, r.Type, r.Properties);
            }
        }

        public void Commit(GraphChangeSet changes) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
