using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class CypherParserLiteralTests
{
    public static TheoryData<string, object?> Literals => new()
    {
        { "1", 1L },
        { "0", 0L },
        { "-0", 0L },
        { "9223372036854775807", long.MaxValue },
        { "-9223372036854775808", long.MinValue },
        { "0x1F", 31L },
        { "0X1f", 31L },
        { "-0x8000000000000000", long.MinValue },
        { "0x7FFFFFFFFFFFFFFF", long.MaxValue },
        { "0o17", 15L },
        { "0o2613152366", 372036854L },
        { "017", 15L },
        { "1.5", 1.5 },
        { ".5", 0.5 },
        { "1e10", 1e10 },
        { "1.5E-3", 1.5e-3 },
        { "-.1e-5", -.1e-5 },
        { "2E-01", 0.2 },
        { "true", true },
        { "FALSE", false },
        { "Null", null },
        { "'a'", "a" },
        { "\"a\"", "a" },
        { "''", "" },
        { "'it\\'s'", "it's" },
        { "\"say \\\"hi\\\"\"", "say \"hi\"" },
        { "'a\\\\b'", "a\\b" },
        { "'\\n\\t\\r\\b\\f'", "\n\t\r\b\f" },
        { "'\\u01FF'", "\u01FF" },
        { "'\\U0001F600'", "\U0001F600" },
        { "'🧐🍌❖⋙⚐'", "🧐🍌❖⋙⚐" },
        { "'a\"b'", "a\"b" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Parse_Literal_GivesValue(string text, object? value)
    {
        Expr(text).ShouldBe(Lit(value));
    }

    [Fact]
    public void Parse_NegativeZeroFloat_KeepsSign()
    {
        var value = Expr("-0.0").ShouldBeOfType<Ast.Literal>().Value.ShouldBeOfType<double>();

        double.IsNegative(value).ShouldBeTrue();
    }

    [Theory]
    [InlineData("RETURN 9223372036854775808", "IntegerOverflow")]
    [InlineData("RETURN -9223372036854775809", "IntegerOverflow")]
    [InlineData("RETURN 0x8000000000000000", "IntegerOverflow")]
    [InlineData("RETURN -0x8000000000000001", "IntegerOverflow")]
    [InlineData("RETURN 99999999999999999999999", "IntegerOverflow")]
    [InlineData("RETURN 1e309", "FloatingPointOverflow")]
    [InlineData("RETURN -1e309", "FloatingPointOverflow")]
    [InlineData("RETURN 0x AS literal", "InvalidNumberLiteral")]
    [InlineData("RETURN 0x1A2b3j4D5E6f7 AS literal", "InvalidNumberLiteral")]
    [InlineData("RETURN 9223372h54775808 AS literal", "InvalidNumberLiteral")]
    [InlineData("RETURN 0o8", "InvalidNumberLiteral")]
    [InlineData("RETURN 1e", "InvalidNumberLiteral")]
    [InlineData("RETURN 9223372#54775808 AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN '\\uH'", "InvalidUnicodeLiteral")]
    [InlineData("RETURN '\\U0011FFFF'", "InvalidUnicodeLiteral")]
    [InlineData("RETURN '\\q'", "UnexpectedSyntax")]
    [InlineData("RETURN 42 \u2014 41", "InvalidUnicodeCharacter")]
    [InlineData("RETURN {1B2c3e67:1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {k1#k: 1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {k1.k: 1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {, } AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {1} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {[]} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {{}} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN {k: {k: {}} AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN [, ] AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN [[[]] AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN [[','[]',']] AS literal", "UnexpectedSyntax")]
    [InlineData("RETURN 'unterminated", "UnexpectedSyntax")]
    public void Parse_BadLiteral_RaisesSyntaxErrorWithDetail(string query, string detail)
    {
        ParseError(query).Detail.ShouldBe(detail);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Parse_NaNOrInfinity_IsAVariableNotALiteral(string word)
    {
        Expr(word).ShouldBe(Var(word));
    }
}
