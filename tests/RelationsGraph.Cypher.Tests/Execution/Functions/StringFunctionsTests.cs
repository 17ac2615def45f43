using RelationsGraph.Core.Errors;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Functions;

public sealed class StringFunctionsTests
{
    [Theory]
    [InlineData("substring('0123456789', 1)", "'123456789'")]
    [InlineData("substring('0123456789', 1, 3)", "'123'")]
    [InlineData("substring('0123456789', 20)", "''")]
    [InlineData("substring('012', 1, 100)", "'12'")]
    [InlineData("substring(null, 1)", "null")]
    [InlineData("left('hello', 2)", "'he'")]
    [InlineData("left('hello', 20)", "'hello'")]
    [InlineData("right('hello', 2)", "'lo'")]
    [InlineData("right(null, 2)", "null")]
    public void Substrings_CutByPositionAndLength(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("substring('abc', -1)")]
    [InlineData("left('abc', -1)")]
    [InlineData("right('abc', -1)")]
    public void Substrings_WithNegativeArguments_AreArgumentErrors(string expression) =>
        Fails(expression).Code.ShouldBe(StatusCodes.ArgumentError);

    [Theory]
    [InlineData("toUpper('abc')", "'ABC'")]
    [InlineData("toLower('ABC')", "'abc'")]
    [InlineData("toUpper(null)", "null")]
    [InlineData("trim('  a b  ')", "'a b'")]
    [InlineData("lTrim('  a  ')", "'a  '")]
    [InlineData("rTrim('  a  ')", "'  a'")]
    [InlineData("bTrim('xxaxx', 'x')", "'a'")]
    [InlineData("reverse('raksO')", "'Oskar'")]
    [InlineData("size('hello')", "5")]
    [InlineData("length('hello')", "5")]
    public void CaseTrimReverseAndSize_WorkOnStrings(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("replace('hello', 'l', 'w')", "'hewwo'")]
    [InlineData("replace('abc', '', '-')", "'-a-b-c-'")]
    [InlineData("replace('abc', null, '-')", "null")]
    [InlineData("split('a,b,,c,', ',')", "['a', 'b', '', 'c', '']")]
    [InlineData("split('abc', '')", "['a', 'b', 'c']")]
    [InlineData("split('a-b_c', ['-', '_'])", "['a', 'b', 'c']")]
    [InlineData("split(null, ',')", "null")]
    public void ReplaceAndSplit_HandleEdgeCases(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void ToUpper_OfNumber_IsTypeError() =>
        Fails("toUpper(1)").Code.ShouldBe(StatusCodes.TypeError);
}
