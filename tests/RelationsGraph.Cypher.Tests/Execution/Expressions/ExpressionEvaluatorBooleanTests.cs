using RelationsGraph.Core.Errors;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

public sealed class ExpressionEvaluatorBooleanTests
{
    [Theory]
    [InlineData("true", "true", "true", "true", "false")]
    [InlineData("true", "false", "false", "true", "true")]
    [InlineData("true", "null", "null", "true", "null")]
    [InlineData("false", "true", "false", "true", "true")]
    [InlineData("false", "false", "false", "false", "false")]
    [InlineData("false", "null", "false", "null", "null")]
    [InlineData("null", "true", "null", "true", "null")]
    [InlineData("null", "false", "false", "null", "null")]
    [InlineData("null", "null", "null", "null", "null")]
    public void Evaluate_LogicalOperators_FollowThreeValuedTruthTables(string a, string b, string and, string or, string xor)
    {
        Show($"{a} AND {b}").ShouldBe(and);
        Show($"{a} OR {b}").ShouldBe(or);
        Show($"{a} XOR {b}").ShouldBe(xor);
    }

    [Theory]
    [InlineData("true", "false")]
    [InlineData("false", "true")]
    [InlineData("null", "null")]
    public void Evaluate_Not_NegatesAndKeepsNull(string operand, string expected) =>
        Show($"NOT {operand}").ShouldBe(expected);

    [Fact]
    public void Evaluate_LongConjunctionWithNullAndFalse_IsFalse() =>
        Show("null AND null AND true AND false AND null").ShouldBe("false");

    [Fact]
    public void Evaluate_LongDisjunctionWithNullAndTrue_IsTrue() =>
        Show("null OR false OR true OR null").ShouldBe("true");

    [Theory]
    [InlineData("123 AND true")]
    [InlineData("true AND 'foo'")]
    [InlineData("[true] OR false")]
    [InlineData("null XOR {}")]
    [InlineData("NOT 1")]
    public void Evaluate_NonBooleanOperand_IsTypeError(string expression)
    {
        var error = Fails(expression);

        error.Code.ShouldBe(StatusCodes.TypeError);
        error.Detail.ShouldBe("InvalidArgumentType");
    }

    [Fact]
    public void Evaluate_FalseAndAnything_DoesNotEvaluateTheRightSide() =>
        Show("false AND 1 / 0 = 1").ShouldBe("false");

    [Fact]
    public void Evaluate_TrueOrAnything_DoesNotEvaluateTheRightSide() =>
        Show("true OR 1 / 0 = 1").ShouldBe("true");

    [Theory]
    [InlineData("true OR true XOR true", "true")]
    [InlineData("true XOR false AND false", "true")]
    [InlineData("NOT true AND false", "false")]
    [InlineData("NOT false >= false", "false")]
    [InlineData("false = true IS NULL", "true")]
    public void Evaluate_Precedence_MatchesCypher(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("null IS NULL", "true")]
    [InlineData("1 IS NULL", "false")]
    [InlineData("null IS NOT NULL", "false")]
    [InlineData("[] IS NOT NULL", "true")]
    public void Evaluate_IsNull_IsNeverNull(string expression, string expected) =>
        Show(expression).ShouldBe(expected);
}
