using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Tests.Execution.Values;

public sealed class ValueFormatterTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(2.3, "2.3")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(12345678.0, "1.2345678E7")]
    [InlineData(1e10, "1.0E10")]
    [InlineData(1.5e-7, "1.5E-7")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(3.141592653589793, "3.141592653589793")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157E308")]
    public void FormatFloat_WritesLikeJava(double value, string expected) =>
        ValueFormatter.FormatFloat(value).ShouldBe(expected);

    [Fact]
    public void TryToCypherString_List_HasNoStringForm() =>
        ValueFormatter.TryToCypherString(new List<object?> { 1L }, out _).ShouldBeFalse();

    [Fact]
    public void Describe_NestedValues_ReadsLikeCypher() =>
        ValueFormatter.Describe(new List<object?> { 1L, "a", null, 2.0 }).ShouldBe("[1, 'a', null, 2.0]");
}
