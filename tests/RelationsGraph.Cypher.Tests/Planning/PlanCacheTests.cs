using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Tests.Planning;

public sealed class PlanCacheTests
{
    private static StatementPlan PlanFor(string _) => new() { Statement = new ShowSchemaCommand(true), Writes = false };

    [Fact]
    public void GetOrAdd_SameText_PlansOnce()
    {
        var cache = new PlanCache(4);
        var calls = 0;
        var first = cache.GetOrAdd("q", t => { calls++; return PlanFor(t); });
        var second = cache.GetOrAdd("q", t => { calls++; return PlanFor(t); });

        calls.ShouldBe(1);
        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void GetOrAdd_OverCapacity_EvictsTheLeastRecentlyUsed()
    {
        var cache = new PlanCache(2);
        var a = cache.GetOrAdd("a", PlanFor);
        cache.GetOrAdd("b", PlanFor);
        cache.GetOrAdd("a", PlanFor);
        cache.GetOrAdd("c", PlanFor);

        cache.Count.ShouldBe(2);
        cache.GetOrAdd("a", PlanFor).ShouldBeSameAs(a);
        var replanned = false;
        cache.GetOrAdd("b", t => { replanned = true; return PlanFor(t); });
        replanned.ShouldBeTrue();
    }
}
