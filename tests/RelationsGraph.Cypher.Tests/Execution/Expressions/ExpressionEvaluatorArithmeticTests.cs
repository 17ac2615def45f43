using RelationsGraph.Core.Errors;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

public sealed class ExpressionEvaluatorArithmeticTests
{
    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("1 + 2.5", "3.5")]
    [InlineData("7 - 10", "-3")]
    [InlineData("6 * 7", "42")]
    [InlineData("2 * 1.5", "3.0")]
    [InlineData("7 / 2", "3")]
    [InlineData("-7 / 2", "-3")]
    [InlineData("7 / 2.0", "3.5")]
    [InlineData("7 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("7.5 % 2", "1.5")]
    [InlineData("2 ^ 3", "8.0")]
    [InlineData("4 ^ 0.5", "2.0")]
    [InlineData("-(3)", "-3")]
    [InlineData("+3", "3")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("2 + 3 * 4 ^ 2 / 8 % 5", "3.0")]
    public void Evaluate_NumericOperators_FollowCypher(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("null + 1")]
    [InlineData("1 - null")]
    [InlineData("null * null")]
    [InlineData("null / 0")]
    [InlineData("2 % null")]
    [InlineData("null ^ 2")]
    [InlineData("-null")]
    [InlineData("null + [1]")]
    public void Evaluate_ArithmeticWithNull_IsNull(string expression) =>
        Show(expression).ShouldBe("null");

    [Theory]
    [InlineData("9223372036854775807 + 1")]
    [InlineData("-9223372036854775807 - 2")]
    [InlineData("4611686018427387904 * 2")]
    [InlineData("-(-9223372036854775807 - 1)")]
    [InlineData("(-9223372036854775807 - 1) / -1")]
    public void Evaluate_IntegerOverflow_IsArithmeticError(string expression)
    {
        var error = Fails(expression);

        error.Code.ShouldBe(StatusCodes.ArithmeticError);
        error.Detail.ShouldBe("IntegerOverflow");
    }

    [Fact]
    public void Evaluate_LargestProductThatFits_DoesNotOverflow() =>
        Show("3037000499 * 3037000499").ShouldBe("9223372030926249001");

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("1 % 0")]
    public void Evaluate_IntegerDivisionByZero_IsArithmeticError(string expression)
    {
        var error = Fails(expression);

        error.Code.ShouldBe(StatusCodes.ArithmeticError);
        error.Message.ShouldBe("/ by zero");
    }

    [Theory]
    [InlineData("1.0 / 0", "Infinity")]
    [InlineData("-1 / 0.0", "-Infinity")]
    [InlineData("0.0 / 0.0", "NaN")]
    [InlineData("1.0 % 0", "NaN")]
    public void Evaluate_FloatDivisionByZero_FollowsIeee(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Evaluate_MinimumIntegerModuloMinusOne_IsZero() =>
        Show("(-9223372036854775807 - 1) % -1").ShouldBe("0");

    [Theory]
    [InlineData("'ab' + 'cd'", "'abcd'")]
    [InlineData("'n' + 1", "'n1'")]
    [InlineData("1.5 + 'x'", "'1.5x'")]
    [InlineData("'x' + 1.0", "'x1.0'")]
    [InlineData("'is ' + true", "'is true'")]
    public void Evaluate_StringConcatenation_ConvertsScalars(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("[1, 10, 100] + [4, 5]", "[1, 10, 100, 4, 5]")]
    [InlineData("[false, true] + false", "[false, true, false]")]
    [InlineData("0 + [1, 2]", "[0, 1, 2]")]
    [InlineData("[1] + null", "null")]
    [InlineData("[[], []] + [[]]", "[[], [], []]")]
    [InlineData("'a' + ['b']", "['a', 'b']")]
    [InlineData("[1] + [null]", "[1, null]")]
    public void Evaluate_ListConcatenation_AppendsAndPrepends(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("true + 1")]
    [InlineData("{} - 1")]
    [InlineData("'a' * 2")]
    [InlineData("[1] / 1")]
    [InlineData("'a' % 2")]
    [InlineData("true ^ 2")]
    [InlineData("-'a'")]
    [InlineData("{a: 1} + {b: 2}")]
    public void Evaluate_ArithmeticOnWrongTypes_IsTypeError(string expression)
    {
        var error = Fails(expression);

        error.Code.ShouldBe(StatusCodes.TypeError);
        error.Detail.ShouldBe("InvalidArgumentType");
    }

    [Fact]
    public void Evaluate_SmallIntegerResults_ShareBoxes()
    {
        var first = Eval("1 + 2");
        var second = Eval("2 + 1");

        ReferenceEquals(first, second).ShouldBeTrue();
    }
}
