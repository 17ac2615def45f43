using RelationsGraph.Core.Errors;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Functions;

public sealed class ListFunctionsTests
{
    [Theory]
    [InlineData(-1236, -1234, "[-1236, -1235, -1234]")]
    [InlineData(0, -123, "[]")]
    [InlineData(0, 0, "[0]")]
    [InlineData(6, 10, "[6, 7, 8, 9, 10]")]
    public void Range_WithDefaultStep_IsInclusive(long start, long end, string expected) =>
        Show($"range({start}, {end})").ShouldBe(expected);

    [Theory]
    [InlineData(1381, -3412, -1298, "[1381, 83, -1215, -2513]")]
    [InlineData(10, -10, -3, "[10, 7, 4, 1, -2, -5, -8]")]
    [InlineData(0, 1, -123, "[]")]
    [InlineData(0, 0, -1, "[0]")]
    [InlineData(0, 1, 2, "[0]")]
    [InlineData(-3412, 1381, 1298, "[-3412, -2114, -816, 482]")]
    public void Range_WithStep_StepsTowardsTheEnd(long start, long end, long step, string expected) =>
        Show($"range({start}, {end}, {step})").ShouldBe(expected);

    [Fact]
    public void Range_NearTheIntegerLimits_DoesNotOverflow() =>
        Show("range(9223372036854775806, 9223372036854775807, 5)").ShouldBe("[9223372036854775806]");

    [Theory]
    [InlineData("0, 0, 0")]
    [InlineData("2, -8, 0")]
    public void Range_WithZeroStep_IsNumberOutOfRange(string arguments)
    {
        var error = Fails($"range({arguments})");

        error.Code.ShouldBe(StatusCodes.ArgumentError);
        error.Detail.ShouldBe("NumberOutOfRange");
    }

    [Theory]
    [InlineData("true, 1, 1")]
    [InlineData("0, 1.1, 1")]
    [InlineData("0.0, 1, 1")]
    [InlineData("0, 1, 'xyz'")]
    [InlineData("[0], 1, 1")]
    [InlineData("0, 1, {step: 1}")]
    public void Range_WithNonIntegerArguments_IsArgumentError(string arguments)
    {
        var error = Fails($"range({arguments})");

        error.Code.ShouldBe(StatusCodes.ArgumentError);
        error.Detail.ShouldBe("InvalidArgumentType");
    }

    [Theory]
    [InlineData("head([1, 2])", "1")]
    [InlineData("head([])", "null")]
    [InlineData("last([1, 2])", "2")]
    [InlineData("last(null)", "null")]
    [InlineData("tail([1, 2, 3])", "[2, 3]")]
    [InlineData("tail([])", "[]")]
    [InlineData("size([1, 2, 3])", "3")]
    [InlineData("size(null)", "null")]
    [InlineData("reverse([1, 2, 3])", "[3, 2, 1]")]
    [InlineData("isEmpty([])", "true")]
    [InlineData("isEmpty({a: 1})", "false")]
    [InlineData("isEmpty('')", "true")]
    [InlineData("keys({name: 'Alice', age: 38})", "['name', 'age']")]
    [InlineData("keys({k: null, l: 1})", "['k', 'l']")]
    [InlineData("properties({a: 1})", "{a: 1}")]
    public void ListAndMapFunctions_FollowCypher(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Size_OfNumber_IsTypeError() =>
        Fails("size(1)").Code.ShouldBe(StatusCodes.TypeError);
}
