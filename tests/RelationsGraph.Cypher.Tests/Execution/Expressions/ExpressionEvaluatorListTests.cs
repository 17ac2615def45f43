using RelationsGraph.Core.Errors;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

public sealed class ExpressionEvaluatorListTests
{
    [Theory]
    [InlineData("[1, 2, 3][0]", "1")]
    [InlineData("[[1]][0][0]", "1")]
    [InlineData("[1, 2, 3][-1]", "3")]
    [InlineData("[1, 2, 3][-3]", "1")]
    [InlineData("[1, 2, 3][3]", "null")]
    [InlineData("[1, 2, 3][-4]", "null")]
    [InlineData("[1, 2, 3][null]", "null")]
    [InlineData("null[0]", "null")]
    public void Evaluate_ListIndex_HandlesNegativeAndOutOfRange(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("true")]
    [InlineData("4.7")]
    [InlineData("'1'")]
    [InlineData("[1]")]
    [InlineData("{x: 3}")]
    public void Evaluate_ListIndexNotInteger_IsTypeError(string index) =>
        Fails($"[1, 2, 3][{index}]").Code.ShouldBe(StatusCodes.TypeError);

    [Theory]
    [InlineData("true")]
    [InlineData("123")]
    [InlineData("4.7")]
    [InlineData("'1'")]
    public void Evaluate_IndexIntoNonList_IsTypeError(string subject)
    {
        var error = Fails("list[0]", Vars(("list", Eval(subject))));

        error.Code.ShouldBe(StatusCodes.TypeError);
        error.Detail.ShouldBe("InvalidArgumentType");
    }

    [Theory]
    [InlineData("[1, 2, 3, 4, 5][1..3]", "[2, 3]")]
    [InlineData("[1, 2, 3][1..]", "[2, 3]")]
    [InlineData("[1, 2, 3][..2]", "[1, 2]")]
    [InlineData("[1, 2, 3][0..1]", "[1]")]
    [InlineData("[1, 2, 3][0..0]", "[]")]
    [InlineData("[1, 2, 3][-3..-1]", "[1, 2]")]
    [InlineData("[1, 2, 3][3..1]", "[]")]
    [InlineData("[1, 2, 3][-5..5]", "[1, 2, 3]")]
    [InlineData("[1, 2, 3][null..null]", "null")]
    [InlineData("[1, 2, 3][1..null]", "null")]
    [InlineData("[1, 2, 3][null..3]", "null")]
    [InlineData("[1, 2, 3][..null]", "null")]
    [InlineData("[1, 2, 3][null..]", "null")]
    [InlineData("null[1..2]", "null")]
    public void Evaluate_Slice_ClampsBoundsAndPropagatesNull(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Evaluate_SliceWithParameters_UsesTheirValues() =>
        Show("[1, 2, 3][$from..$to]", parameters: Vars(("from", 1L), ("to", 3L))).ShouldBe("[2, 3]");

    [Theory]
    [InlineData("[x IN [1, 2, 3] | x * 10]", "[10, 20, 30]")]
    [InlineData("[x IN [1, 2, 3] WHERE x > 1]", "[2, 3]")]
    [InlineData("[x IN [1, 2, 3] WHERE x <> 2 | x + 1]", "[2, 4]")]
    [InlineData("[x IN [1, null, 3] WHERE x > 1]", "[3]")]
    [InlineData("[x IN [] | x]", "[]")]
    [InlineData("[x IN null | x]", "null")]
    [InlineData("[x IN [[1, 2], [3]] | [y IN x | y * x[0]]]", "[[1, 2], [9]]")]
    public void Evaluate_ListComprehension_FiltersAndProjects(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Evaluate_ListComprehension_ShadowsOuterVariableOnlyInside() =>
        Show("[x IN [1, 2] | x + y] + [x]", Vars(("x", 100L), ("y", 10L))).ShouldBe("[11, 12, 100]");

    [Fact]
    public void Evaluate_ListComprehension_ChecksTheDeadlinePerElement()
    {
        var context = new TestContext();

        Cypher.Execution.Expressions.ExpressionEvaluator.Evaluate(Parse("[x IN [1, 2, 3] | x]"), new EmptyScope(), context);

        context.DeadlineChecks.ShouldBe(3);
    }

    [Theory]
    [InlineData("all(x IN [] WHERE false)", "true")]
    [InlineData("any(x IN [] WHERE true)", "false")]
    [InlineData("none(x IN [] WHERE true)", "true")]
    [InlineData("single(x IN [] WHERE true)", "false")]
    [InlineData("all(x IN [2, 4] WHERE x % 2 = 0)", "true")]
    [InlineData("all(x IN [2, 3] WHERE x % 2 = 0)", "false")]
    [InlineData("any(x IN [1, 2] WHERE x = 2)", "true")]
    [InlineData("none(x IN [1, 3] WHERE x = 2)", "true")]
    [InlineData("single(x IN [1, 2] WHERE x = 2)", "true")]
    [InlineData("single(x IN [2, 2] WHERE x = 2)", "false")]
    [InlineData("all(x IN null WHERE x)", "null")]
    public void Evaluate_Quantifiers_OnDefiniteValues(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("[null]", "x = 2", "null", "null", "null", "null")]
    [InlineData("[0, null]", "x = 2", "false", "null", "null", "null")]
    [InlineData("[2, null]", "x = 2", "null", "true", "false", "null")]
    [InlineData("[null, 2]", "x = 2", "null", "true", "false", "null")]
    [InlineData("[2, null, 2]", "x = 2", "null", "true", "false", "false")]
    [InlineData("[34, 0, null, 5, 900]", "x < 10", "false", "true", "false", "false")]
    [InlineData("[34, 10, null, 15, 900]", "x < 10", "false", "null", "null", "null")]
    [InlineData("[4, 0, null, -15, 9]", "x < 10", "null", "true", "false", "false")]
    public void Evaluate_QuantifiersWithNulls_AreUnknownUnlessDecided(string list, string predicate, string all, string any, string none, string single)
    {
        Show($"all(x IN {list} WHERE {predicate})").ShouldBe(all);
        Show($"any(x IN {list} WHERE {predicate})").ShouldBe(any);
        Show($"none(x IN {list} WHERE {predicate})").ShouldBe(none);
        Show($"single(x IN {list} WHERE {predicate})").ShouldBe(single);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[1, 2, 3]")]
    [InlineData("[1, null, 3]")]
    [InlineData("[null, null]")]
    [InlineData("[5, 6, 7, null, 1]")]
    public void Evaluate_QuantifierInvariants_HoldOnEveryList(string list)
    {
        const string p = "x > 2";
        Show($"none(x IN {list} WHERE {p}) = (NOT any(x IN {list} WHERE {p}))").ShouldNotBe("false");
        Show($"all(x IN {list} WHERE {p}) = none(x IN {list} WHERE NOT ({p}))").ShouldNotBe("false");
        Show($"any(x IN {list} WHERE {p}) = (NOT all(x IN {list} WHERE NOT ({p})))").ShouldNotBe("false");
        Show($"(none(x IN {list} WHERE {p}) IS NULL) = (any(x IN {list} WHERE {p}) IS NULL)").ShouldBe("true");
    }

    [Fact]
    public void Evaluate_QuantifierOverNonBooleanPredicate_IsTypeError() =>
        Fails("any(x IN [1] WHERE x)").Code.ShouldBe(StatusCodes.TypeError);

    [Theory]
    [InlineData("reduce(acc = 0, x IN [1, 2, 3] | acc + x)", "6")]
    [InlineData("reduce(s = '', x IN ['a', 'b'] | s + x)", "'ab'")]
    [InlineData("reduce(acc = 5, x IN [] | acc + x)", "5")]
    [InlineData("reduce(acc = 0, x IN null | acc + x)", "null")]
    [InlineData("reduce(acc = [], x IN [1, 2] | [x] + acc)", "[2, 1]")]
    public void Evaluate_Reduce_FoldsLeftToRight(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    private sealed class EmptyScope : Cypher.Execution.IVariableScope
    {
        public bool TryGetValue(string name, out object? value)
        {
            value = null;
            return false;
        }
    }
}
