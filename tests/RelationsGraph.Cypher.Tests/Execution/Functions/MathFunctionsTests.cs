using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Functions;

public sealed class MathFunctionsTests
{
    [Theory]
    [InlineData("abs(-3)", "3")]
    [InlineData("abs(-3.5)", "3.5")]
    [InlineData("abs(null)", "null")]
    [InlineData("sign(-7)", "-1")]
    [InlineData("sign(0.5)", "1")]
    [InlineData("sign(0)", "0")]
    [InlineData("ceil(1.2)", "2.0")]
    [InlineData("floor(-1.2)", "-2.0")]
    [InlineData("ceil(3)", "3.0")]
    [InlineData("sqrt(12.96)", "3.6")]
    [InlineData("sqrt(-1)", "NaN")]
    [InlineData("exp(0)", "1.0")]
    [InlineData("log(1)", "0.0")]
    [InlineData("log10(1000)", "3.0")]
    [InlineData("degrees(pi())", "180.0")]
    [InlineData("radians(180) = pi()", "true")]
    [InlineData("atan2(1, 1) = pi() / 4", "true")]
    [InlineData("haversin(0)", "0.0")]
    [InlineData("isNaN(0.0 / 0.0)", "true")]
    [InlineData("isNaN(1)", "false")]
    [InlineData("e() = exp(1)", "true")]
    public void MathFunctions_ComputeFloats(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("round(2.5)", "3.0")]
    [InlineData("round(-2.5)", "-2.0")]
    [InlineData("round(-2.6)", "-3.0")]
    [InlineData("round(3)", "3.0")]
    [InlineData("round(3.14159, 2)", "3.14")]
    [InlineData("round(-1.55, 1)", "-1.6")]
    [InlineData("round(2.675, 2)", "2.68")]
    [InlineData("round(1.25, 1, 'HALF_EVEN')", "1.2")]
    [InlineData("round(1.25, 1, 'HALF_DOWN')", "1.2")]
    [InlineData("round(1.26, 1, 'HALF_DOWN')", "1.3")]
    [InlineData("round(1.21, 1, 'UP')", "1.3")]
    [InlineData("round(-1.29, 1, 'DOWN')", "-1.2")]
    [InlineData("round(-1.21, 1, 'CEILING')", "-1.2")]
    [InlineData("round(-1.21, 1, 'FLOOR')", "-1.3")]
    [InlineData("round(null)", "null")]
    public void Round_FollowsJavaRoundingModes(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Round_UnknownMode_IsArgumentError() =>
        Fails("round(1.5, 0, 'SIDEWAYS')").Code.ShouldBe(Core.Errors.StatusCodes.ArgumentError);

    [Fact]
    public void Rand_IsInUnitInterval()
    {
        var value = (double)Eval("rand()")!;

        value.ShouldBeInRange(0.0, 1.0);
        value.ShouldBeLessThan(1.0);
    }

    [Fact]
    public void Abs_OfString_IsTypeError() =>
        Fails("abs('x')").Code.ShouldBe(Core.Errors.StatusCodes.TypeError);
}
