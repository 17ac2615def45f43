using RelationsGraph.Cypher.Execution.Functions;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Functions;

public sealed class FunctionCatalogTests
{
    [Theory]
    [InlineData("toUpper")]
    [InlineData("TOUPPER")]
    [InlineData("toupper")]
    [InlineData("coalesce")]
    [InlineData("range")]
    [InlineData("percentileDisc")]
    public void IsKnown_NamesMatchCaseInsensitively(string name) =>
        FunctionCatalog.IsKnown(name).ShouldBeTrue();

    [Fact]
    public void IsKnown_UnknownName_IsFalse() =>
        FunctionCatalog.IsKnown("noSuchFunction").ShouldBeFalse();

    [Theory]
    [InlineData("count", true)]
    [InlineData("COLLECT", true)]
    [InlineData("stDevP", true)]
    [InlineData("percentileCont", true)]
    [InlineData("size", false)]
    [InlineData("unknown", false)]
    public void IsAggregate_KnowsTheAggregates(string name, bool expected) =>
        FunctionCatalog.IsAggregate(name).ShouldBe(expected);

    [Theory]
    [InlineData("range", 2, 3)]
    [InlineData("substring", 2, 3)]
    [InlineData("round", 1, 3)]
    [InlineData("pi", 0, 0)]
    [InlineData("coalesce", 1, int.MaxValue)]
    public void TryGetArity_GivesBounds(string name, int min, int max)
    {
        FunctionCatalog.TryGetArity(name, out var actualMin, out var actualMax).ShouldBeTrue();

        (actualMin, actualMax).ShouldBe((min, max));
    }

    [Theory]
    [InlineData("size")]
    [InlineData("toUpper")]
    [InlineData("round")]
    [InlineData("labels")]
    [InlineData("date")]
    [InlineData("duration.between")]
    public void TryGet_ScalarFunctions_AreCallable(string name)
    {
        FunctionCatalog.TryGet(name, out var function).ShouldBeTrue();

        function.IsAggregate.ShouldBeFalse();
        function.Kind.ShouldBe(FunctionKind.Scalar);
    }

    [Fact]
    public void Invoke_ScalarByName_RunsTheBody() =>
        FunctionCatalog.Invoke("toUpper", ["abc"], new Expressions.TestContext()).ShouldBe("ABC");

    [Fact]
    public void Evaluate_UnknownFunction_IsSyntaxError() =>
        Fails("noSuchFunction(1)").Detail.ShouldBe("UnknownFunction");

    [Fact]
    public void Evaluate_WrongArgumentCount_IsSyntaxError() =>
        Fails("size(1, 2)").Code.ShouldBe(Core.Errors.StatusCodes.SyntaxError);

    [Fact]
    public void Evaluate_Coalesce_IsLazy() =>
        Show("coalesce(null, 1, 1 / 0)").ShouldBe("1");

    [Fact]
    public void Evaluate_CoalesceOfNulls_IsNull() =>
        Show("coalesce(null, null)").ShouldBe("null");

    [Theory]
    [InlineData("exists({a: 1}.a)", "true")]
    [InlineData("exists({a: 1}.b)", "false")]
    public void Evaluate_Exists_TellsWhetherThePropertyIsSet(string expression, string expected) =>
        Show(expression).ShouldBe(expected);
}
