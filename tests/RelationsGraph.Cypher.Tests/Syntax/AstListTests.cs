using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class AstListTests
{
    [Fact]
    public void Equals_SameItemsAtDifferentPositions_AreEqual()
    {
        var a = new FunctionCall("count", false, AstList.Of<Expression>(new Variable("n") { Position = new SourcePosition(0, 1, 1) }));
        var b = new FunctionCall("count", false, AstList.Of<Expression>(new Variable("n") { Position = new SourcePosition(40, 2, 7) }));

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentItems_AreNotEqual()
    {
        var a = new ListLiteral(AstList.Of<Expression>(new Literal(1L)));
        var b = new ListLiteral(AstList.Of<Expression>(new Literal(2L)));

        a.ShouldNotBe(b);
    }
}
