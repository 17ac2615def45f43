using RelationsGraph.Cypher.Execution;

namespace RelationsGraph.Cypher.Tests.Execution;

public sealed class RowTests
{
    [Fact]
    public void TryGetValue_LaterBinding_ShadowsEarlierOne()
    {
        var row = Row.Empty.Bind("a", 1L).Bind("b", 2L).Bind("a", 3L);
        row.Get("a").ShouldBe(3L);
        row.Get("b").ShouldBe(2L);
    }

    [Fact]
    public void TryGetValue_BoundToNull_IsStillBound()
    {
        var row = Row.Empty.Bind("a", null);
        row.TryGetValue("a", out var value).ShouldBeTrue();
        value.ShouldBeNull();
        row.Has("z").ShouldBeFalse();
    }

    [Fact]
    public void Over_OuterScope_IsAskedWhenTheChainHasNoSuchName()
    {
        var outer = Row.Empty.Bind("x", "outer");
        var row = Row.Over(new LocalOnly()).Bind("a", 1L);
        row.Get("y").ShouldBe("from local");
        Row.Over(outer).ShouldBeSameAs(outer);
    }

    private sealed class LocalOnly : IVariableScope
    {
        public bool TryGetValue(string name, out object? value)
        {
            value = name == "y" ? "from local" : null;
            return name == "y";
        }
    }
}
