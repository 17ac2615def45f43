using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Execution.Values;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Functions;

public sealed class GraphFunctionsTests
{
    private static Dictionary<string, object?> Graph()
    {
        var a = Node(1, ["Foo", "Bar"], ("name", "Popeye"), ("level", 9001L));
        var b = Node(2, []);
        var r = Relationship(3, "T", a, b, ("num", 1L));
        return Vars(("a", a), ("b", b), ("r", r), ("p", new PathValue([a, b], [r])), ("nothing", null));
    }

    [Theory]
    [InlineData("labels(a)", "['Foo', 'Bar']")]
    [InlineData("labels(b)", "[]")]
    [InlineData("labels(nothing)", "null")]
    [InlineData("type(r)", "'T'")]
    [InlineData("type(nothing)", "null")]
    [InlineData("id(a)", "1")]
    [InlineData("id(r)", "3")]
    [InlineData("properties(a)", "{level: 9001, name: 'Popeye'}")]
    [InlineData("properties(r)", "{num: 1}")]
    [InlineData("keys(r)", "['num']")]
    [InlineData("startNode(r) = a", "true")]
    [InlineData("endNode(r) = b", "true")]
    [InlineData("length(p)", "1")]
    [InlineData("nodes(p)", "[(#1), (#2)]")]
    [InlineData("relationships(p)", "[[#3]]")]
    [InlineData("nodes(nothing)", "null")]
    [InlineData("elementId(a) <> elementId(b)", "true")]
    public void GraphFunctions_ReadEntitiesAndPaths(string expression, string expected) =>
        Show(expression, Graph()).ShouldBe(expected);

    [Theory]
    [InlineData("type(a)")]
    [InlineData("type(0)")]
    [InlineData("type('')")]
    [InlineData("labels(1)")]
    [InlineData("labels(r)")]
    public void GraphFunctions_OnWrongTypes_AreTypeErrorsWithInvalidArgumentValue(string expression)
    {
        var error = Fails(expression, Graph());

        error.Code.ShouldBe(StatusCodes.TypeError);
        error.Detail.ShouldBe("InvalidArgumentValue");
    }

    [Fact]
    public void Labels_OfDeletedNode_IsEntityNotFound()
    {
        var deleted = Node(5, ["A"]);
        deleted.IsDeleted = true;

        Fails("labels(n)", Vars(("n", deleted))).Detail.ShouldBe("DeletedEntityAccess");
    }

    [Fact]
    public void Timestamp_IsTheStatementTimeInMilliseconds() =>
        Eval("timestamp()").ShouldBe(Expressions.TestContext.FixedTime.ToUnixTimeMilliseconds());

    [Fact]
    public void RandomUuid_IsAGuid() =>
        Guid.TryParse((string)Eval("randomUUID()")!, out _).ShouldBeTrue();
}
