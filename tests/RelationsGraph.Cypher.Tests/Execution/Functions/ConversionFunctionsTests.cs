using RelationsGraph.Core.Errors;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Functions;

public sealed class ConversionFunctionsTests
{
    [Theory]
    [InlineData("toInteger(82.9)", "82")]
    [InlineData("toInteger(-82.9)", "-82")]
    [InlineData("toInteger('foo')", "null")]
    [InlineData("toInteger('')", "null")]
    [InlineData("toInteger('42')", "42")]
    [InlineData("toInteger('2.9')", "2")]
    [InlineData("toInteger(' 7 ')", "7")]
    [InlineData("toInteger(true)", "1")]
    [InlineData("toInteger(null)", "null")]
    [InlineData("[n IN [2, 2.9, '1.7'] | toInteger(n)]", "[2, 2, 1]")]
    public void ToInteger_ConvertsNumbersStringsAndBooleans(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("toFloat(4)", "4.0")]
    [InlineData("toFloat('5.25')", "5.25")]
    [InlineData("toFloat('1e3')", "1000.0")]
    [InlineData("toFloat('x')", "null")]
    [InlineData("toFloat(null)", "null")]
    public void ToFloat_ConvertsNumbersAndStrings(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("toString(42)", "'42'")]
    [InlineData("toString(true)", "'true'")]
    [InlineData("toString(1 < 0)", "'false'")]
    [InlineData("toString(2.3)", "'2.3'")]
    [InlineData("toString(1.0)", "'1.0'")]
    [InlineData("toString('apa')", "'apa'")]
    [InlineData("toString(null)", "null")]
    public void ToString_WritesScalars(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("toBoolean('true')", "true")]
    [InlineData("toBoolean('FALSE')", "false")]
    [InlineData("toBoolean('yes')", "null")]
    [InlineData("toBoolean(0)", "false")]
    [InlineData("toBoolean(true)", "true")]
    public void ToBoolean_ConvertsStringsAndIntegers(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("toInteger", "[]")]
    [InlineData("toInteger", "{}")]
    [InlineData("toFloat", "true")]
    [InlineData("toFloat", "[]")]
    [InlineData("toString", "[]")]
    [InlineData("toString", "{}")]
    [InlineData("toBoolean", "1.5")]
    public void Conversion_OfInvalidType_IsTypeErrorWithInvalidArgumentValue(string function, string argument)
    {
        var error = Fails($"[x IN [1, {argument}] | {function}(x)]");

        error.Code.ShouldBe(StatusCodes.TypeError);
        error.Detail.ShouldBe("InvalidArgumentValue");
    }

    [Fact]
    public void ToString_OfNode_IsTypeError() =>
        Fails("toString(n)", Vars(("n", Node(1, [])))).Detail.ShouldBe("InvalidArgumentValue");

    [Theory]
    [InlineData("toIntegerOrNull([])", "null")]
    [InlineData("toFloatOrNull(true)", "null")]
    [InlineData("toStringOrNull({})", "null")]
    [InlineData("toBooleanOrNull(1.5)", "null")]
    [InlineData("toIntegerOrNull('12')", "12")]
    public void OrNullVariants_GiveNullInsteadOfErrors(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("toIntegerList([1, '2', 3.5, 'x', null, []])", "[1, 2, 3, null, null, null]")]
    [InlineData("toFloatList([1, '2.5', 'x'])", "[1.0, 2.5, null]")]
    [InlineData("toStringList([1, 2.5, true, [1]])", "['1', '2.5', 'true', null]")]
    [InlineData("toBooleanList(['true', 0, 'x'])", "[true, false, null]")]
    [InlineData("toIntegerList(null)", "null")]
    public void ListConversions_ConvertEachElementOrGiveNull(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("valueType(1)", "'INTEGER NOT NULL'")]
    [InlineData("valueType(1.5)", "'FLOAT NOT NULL'")]
    [InlineData("valueType('a')", "'STRING NOT NULL'")]
    [InlineData("valueType(null)", "'NULL'")]
    [InlineData("valueType([1, 2])", "'LIST<INTEGER NOT NULL> NOT NULL'")]
    [InlineData("valueType({a: 1})", "'MAP NOT NULL'")]
    public void ValueType_NamesTheType(string expression, string expected) =>
        Show(expression).ShouldBe(expected);
}
