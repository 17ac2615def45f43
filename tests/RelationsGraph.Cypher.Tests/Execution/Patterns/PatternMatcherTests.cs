using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Execution.Patterns;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Planning;
using RelationsGraph.Cypher.Procedures;

namespace RelationsGraph.Cypher.Tests.Execution.Patterns;

public sealed class PatternMatcherTests
{
    private readonly GraphStore _store = new() { Session = new WriteSession() };

    private QueryContext Context() => new(
        _store, new Dictionary<string, object?>(), TimeProvider.System, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(1), new ProcedureRegistry(_store), CancellationToken.None);

    private static PatternPart Chain(params object[] items)
    {
        var start = (NodePattern)items[0];
        var steps = new List<PatternStep>();
        for (var i = 1; i < items.Length; i += 2)
        {
            steps.Add(new PatternStep((RelationshipPattern)items[i], (NodePattern)items[i + 1]));
        }

        return new PatternPart(null, new PatternElement(start, AstList.From(steps)), PathSelector.All);
    }

    private static NodePattern N(string? variable, params string[] labels) => new(variable, AstList.From(labels), null);

    private static RelationshipPattern R(string? variable, RelationshipDirection direction, RangeLiteral? length = null) =>
        new(variable, AstList<string>.Empty, direction, null, length);

    [Fact]
    public void Match_DirectedStep_FollowsDirectionOnly()
    {
        var a = _store.CreateNode(["A"], []);
        var b = _store.CreateNode(["B"], []);
        _store.CreateRelationship("R", a, b, []);

        var plan = PatternPlanner.Plan([Chain(N("x", "B"), R(null, RelationshipDirection.Outgoing), N("y"))], null);
        PatternMatcher.Match(plan, Row.Empty, Context()).ShouldBeEmpty();

        var reverse = PatternPlanner.Plan([Chain(N("x", "B"), R(null, RelationshipDirection.Incoming), N("y"))], null);
        PatternMatcher.Match(reverse, Row.Empty, Context()).Single().Get("y").ShouldBe(a);
    }

    [Fact]
    public void Match_TwoStepsOverOneRelationship_RespectsRelationshipUniqueness()
    {
        var a = _store.CreateNode([], []);
        var b = _store.CreateNode([], []);
        _store.CreateRelationship("R", a, b, []);

        var plan = PatternPlanner.Plan([Chain(N("x"), R(null, RelationshipDirection.Both), N("y"), R(null, RelationshipDirection.Both), N("z"))], null);
        PatternMatcher.Match(plan, Row.Empty, Context()).ShouldBeEmpty();
    }

    [Fact]
    public void Match_BoundEndNode_FindsTheOnlyStartLeadingThere()
    {
        var hub = _store.CreateNode([], []);
        var target = _store.CreateNode(["T"], []);
        for (var i = 0; i < 5; i++)
        {
            _store.CreateRelationship("R", hub, _store.CreateNode([], []), []);
        }

        _store.CreateRelationship("R", hub, target, []);
        var plan = PatternPlanner.Plan([Chain(N("h"), R("r", RelationshipDirection.Outgoing), N("t"))], null);
        var rows = PatternMatcher.Match(plan, Row.Empty.Bind("t", target), Context()).ToList();

        rows.Single().Get("h").ShouldBe(hub);
    }

    [Fact]
    public void Match_VariableLength_BindsTheRelationshipListInPatternOrder()
    {
        var a = _store.CreateNode(["S"], []);
        var b = _store.CreateNode([], []);
        var c = _store.CreateNode(["E"], []);
        var r1 = _store.CreateRelationship("R", a, b, []);
        var r2 = _store.CreateRelationship("R", b, c, []);

        var plan = PatternPlanner.Plan([Chain(N("s", "S"), R("rs", RelationshipDirection.Outgoing, new RangeLiteral(2, 2)), N("e", "E"))], null);
        var row = PatternMatcher.Match(plan, Row.Empty, Context()).Single();

        row.Get("rs").ShouldBe(new List<object?> { r1, r2 });
    }
}
