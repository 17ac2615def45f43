using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class LexerTests
{
    private static string Kinds(string text) =>
        string.Join(' ', Lexer.Tokenize(text).Select(t => t.Kind.ToString()));

    [Theory]
    [InlineData("(a)-->(b)", "LeftParen Identifier RightParen Minus Minus GreaterThan LeftParen Identifier RightParen EndOfInput")]
    [InlineData("a<>b<=c>=d=~e", "Identifier NotEqual Identifier LessThanOrEqual Identifier GreaterThanOrEqual Identifier RegexMatch Identifier EndOfInput")]
    [InlineData("[1..2]", "LeftBracket DecimalInteger DotDot DecimalInteger RightBracket EndOfInput")]
    [InlineData("n.x += 1.5", "Identifier Dot Identifier PlusEqual Float EndOfInput")]
    [InlineData("0x1F 0o17 1e3 .5 12ab 0x", "HexInteger OctalInteger Float Float MalformedNumber MalformedNumber EndOfInput")]
    [InlineData("$p `a b` 'x' \"y\"", "Parameter EscapedIdentifier String String EndOfInput")]
    [InlineData("a || b != c", "Identifier DoublePipe Identifier BangEqual Identifier EndOfInput")]
    [InlineData("\u2014 \u27E8 \u27E9 #", "UnicodeDash UnicodeLeftArrowHead UnicodeRightArrowHead Invalid EndOfInput")]
    [InlineData("a // comment\n/* block\n comment */ b", "Identifier Identifier EndOfInput")]
    public void Tokenize_Text_GivesKinds(string text, string kinds)
    {
        Kinds(text).ShouldBe(kinds);
    }

    [Fact]
    public void Tokenize_MultilineText_TracksLinesAndColumns()
    {
        var tokens = Lexer.Tokenize("MATCH (n)\r\n  RETURN\n'a\nb' x");

        var returnToken = tokens[4];
        returnToken.Text.ShouldBe("RETURN");
        (returnToken.Line, returnToken.Column, returnToken.Offset).ShouldBe((2, 3, 13));
        var afterString = tokens[6];
        afterString.Text.ShouldBe("x");
        (afterString.Line, afterString.Column).ShouldBe((4, 4));
    }

    [Fact]
    public void Tokenize_EscapedNameWithDoubledBacktick_DecodesOneBacktick()
    {
        Lexer.Tokenize("`a``b`")[0].Text.ShouldBe("a`b");
    }

    [Fact]
    public void Tokenize_EscapedParameterName_IsDecoded()
    {
        var token = Lexer.Tokenize("$`my param`")[0];

        token.Kind.ShouldBe(TokenKind.Parameter);
        token.Text.ShouldBe("my param");
        token.Length.ShouldBe(11);
    }

    [Fact]
    public void Tokenize_UnicodeLetters_MakeIdentifiers()
    {
        Lexer.Tokenize("Straße_1 名前")[1].Text.ShouldBe("名前");
    }

    [Fact]
    public void Tokenize_SurrogatePairEscape_MakesOneCharacter()
    {
        Lexer.Tokenize("'\\uD83D\\uDE00'")[0].Text.ShouldBe("\U0001F600");
    }
}
