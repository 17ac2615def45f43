using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

public sealed class ExpressionEvaluatorComparisonTests
{
    [Theory]
    [InlineData("1 = 1.0", "true")]
    [InlineData("1.0 = 1.0", "true")]
    [InlineData("'1' = 1", "false")]
    [InlineData("'1.0' = 1.0", "false")]
    [InlineData("[1, 2] = 'foo'", "false")]
    [InlineData("null = null", "null")]
    [InlineData("null <> null", "null")]
    [InlineData("1 = null", "null")]
    [InlineData("4611686018427387905 = 4611686018427387900", "false")]
    [InlineData("9007199254740993 = 9007199254740992.0", "false")]
    [InlineData("9007199254740992 = 9007199254740992.0", "true")]
    public void Evaluate_ScalarEquality_FollowsCypher(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("[1] = [1, null]", "false")]
    [InlineData("[1, 2] = [null, 'foo']", "false")]
    [InlineData("[1, 2] = [null, 2]", "null")]
    [InlineData("[[1]] = [[1], [null]]", "false")]
    [InlineData("[[1, 2], [1, 3]] = [[1, 2], [null, 'foo']]", "false")]
    [InlineData("[[1, 2], ['foo', 'bar']] = [[1, 2], [null, 'bar']]", "null")]
    [InlineData("[1, 2] = [1]", "false")]
    [InlineData("[null] = [1]", "null")]
    [InlineData("['a'] = [1]", "false")]
    [InlineData("[[1], [2]] = [[1], [null]]", "null")]
    [InlineData("[[1], [2, 3]] = [[1], [null]]", "false")]
    [InlineData("[1, 2.0] = [1.0, 2]", "true")]
    public void Evaluate_ListEquality_IsElementWiseWithNulls(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("{} = {}", "true")]
    [InlineData("{k: true} = {k: true}", "true")]
    [InlineData("{k: 'a', l: 2} = {l: 2, k: 'a'}", "true")]
    [InlineData("{} = {k: null}", "false")]
    [InlineData("{k: null} = {}", "false")]
    [InlineData("{k: 1} = {k: 1, l: null}", "false")]
    [InlineData("{k: null, l: 1} = {l: 1}", "false")]
    [InlineData("{k: null} = {k: null, l: null}", "false")]
    [InlineData("{k: null} = {k: null}", "null")]
    [InlineData("{k: 1} = {k: null}", "null")]
    [InlineData("{k: 1, l: null} = {k: null, l: 1}", "null")]
    [InlineData("{k: 1, l: null} = {k: 1, l: 1}", "null")]
    public void Evaluate_MapEquality_ComparesKeysThenValues(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("0.0 / 0.0", "1")]
    [InlineData("0.0 / 0.0", "1.0")]
    [InlineData("0.0 / 0.0", "0.0 / 0.0")]
    [InlineData("0.0 / 0.0", "'a'")]
    public void Evaluate_NaNEquality_IsFalseAndInequalityTrue(string left, string right)
    {
        Show($"{left} = {right}").ShouldBe("false");
        Show($"{left} <> {right}").ShouldBe("true");
    }

    [Theory]
    [InlineData("1", "false")]
    [InlineData("1.0", "false")]
    [InlineData("0.0 / 0.0", "false")]
    [InlineData("'a'", "null")]
    public void Evaluate_NaNOrdering_IsFalseAgainstNumbersAndNullOtherwise(string right, string expected)
    {
        Show($"0.0 / 0.0 > {right}").ShouldBe(expected);
        Show($"0.0 / 0.0 >= {right}").ShouldBe(expected);
        Show($"0.0 / 0.0 < {right}").ShouldBe(expected);
        Show($"0.0 / 0.0 <= {right}").ShouldBe(expected);
    }

    [Theory]
    [InlineData("1 < 3.14", "true")]
    [InlineData("1 < 1.0", "false")]
    [InlineData("1 <= 1.0", "true")]
    [InlineData("'a' < 'b'", "true")]
    [InlineData("'B' < 'a'", "true")]
    [InlineData("false < true", "true")]
    [InlineData("'1' < 1", "null")]
    [InlineData("'1.0' < 1.0", "null")]
    [InlineData("true < 1", "null")]
    [InlineData("[] < {}", "null")]
    [InlineData("{a: 1} < {a: 2}", "null")]
    [InlineData("null < 1", "null")]
    [InlineData("9223372036854775807 > 9223372036854775806.0", "false")]
    [InlineData("9223372036854775807 < 9223372036854775808.0", "true")]
    public void Evaluate_Ordering_ComparesOnlyComparableTypes(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("[1, 0]", "[1]", "true")]
    [InlineData("[1, null]", "[1]", "true")]
    [InlineData("[1, 2]", "[1, null]", "null")]
    [InlineData("[1, 'a']", "[1, null]", "null")]
    [InlineData("[1, 2]", "[3, null]", "false")]
    public void Evaluate_ListOrdering_IsLexicographic(string left, string right, string expected) =>
        Show($"{left} >= {right}").ShouldBe(expected);

    [Theory]
    [InlineData("1 < 2 < 3", "true")]
    [InlineData("1 < 3 < 2", "false")]
    [InlineData("10 < 3 <= 3", "false")]
    public void Evaluate_ChainedComparison_IsConjunction(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("3 IN [1, 2, 3]", "true")]
    [InlineData("1 IN ['1', 2]", "false")]
    [InlineData("[1, 2] IN [1, [1, '2']]", "false")]
    [InlineData("[1] IN [1, 2]", "false")]
    [InlineData("[1] IN [1, 2, [1]]", "true")]
    [InlineData("[1, 2] IN [1, [2, 1]]", "false")]
    [InlineData("[[1, 2], [3, 4]] IN [5, [[1, 2], [3, 4]]]", "true")]
    [InlineData("null IN [null]", "null")]
    [InlineData("[null] IN [[null]]", "null")]
    [InlineData("[null] IN [null]", "null")]
    [InlineData("[1] IN [[1, null]]", "false")]
    [InlineData("3 IN [1, null, 3]", "true")]
    [InlineData("4 IN [1, null, 3]", "null")]
    [InlineData("[1, 2] IN [[null, 'foo'], [1, 2]]", "true")]
    [InlineData("[1, 2] IN [[null, 'foo']]", "false")]
    [InlineData("[1, 2] IN [[null, 2]]", "null")]
    [InlineData("[1, 2, null] IN [1, [1, 2, null]]", "null")]
    [InlineData("[] IN [[]]", "true")]
    [InlineData("[] IN []", "false")]
    [InlineData("[] IN [1, 2, null]", "null")]
    [InlineData("1 IN null", "null")]
    [InlineData("3 IN [[1, 2, 3]][0]", "true")]
    [InlineData("3 IN [1, 2, 3][0..1]", "false")]
    public void Evaluate_In_UsesEqualityWithNullSemantics(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Evaluate_InOnNonList_IsTypeError() =>
        Fails("1 IN 123").Detail.ShouldBe("InvalidArgumentType");

    [Theory]
    [InlineData("'ABCDEF' STARTS WITH 'ABC'", "true")]
    [InlineData("'ABCDEF' STARTS WITH 'abc'", "false")]
    [InlineData("'ABCDEF' ENDS WITH 'EF'", "true")]
    [InlineData("'ABCDEF' CONTAINS 'CD'", "true")]
    [InlineData("'' CONTAINS ''", "true")]
    [InlineData("'ABC' CONTAINS null", "null")]
    [InlineData("null STARTS WITH 'a'", "null")]
    [InlineData("1 CONTAINS 1", "null")]
    [InlineData("[] ENDS WITH 'a'", "null")]
    public void Evaluate_StringPredicates_AreNullUnlessBothStrings(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("'abc' =~ 'a.c'", "true")]
    [InlineData("'abcd' =~ 'a.c'", "false")]
    [InlineData("'ABC' =~ '(?i)abc'", "true")]
    [InlineData("'a|b' =~ 'a\\\\|b'", "true")]
    [InlineData("null =~ 'a'", "null")]
    [InlineData("1 =~ 'a'", "null")]
    public void Evaluate_RegexMatch_MatchesTheWholeString(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Evaluate_InvalidRegex_IsArgumentError() =>
        Fails("'a' =~ '('").Code.ShouldBe(Core.Errors.StatusCodes.ArgumentError);
}
