using System.Globalization;
using System.Text;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>
/// Splits query text into tokens in one pass. Numbers are classified but not converted here (the parser
/// folds a leading minus into them so the smallest integer parses); strings and escaped names are decoded.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private Lexer(string text)
    {
        _text = text;
        _tokens = new List<Token>(Math.Min(text.Length / 3 + 4, 4096));
    }

    /// <summary>The tokens of <paramref name="text"/>, ending with an <see cref="TokenKind.EndOfInput"/> token.</summary>
    public static List<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipWhitespaceAndComments();
            if (_pos >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.EndOfInput, _pos, 0, _line, Column(_pos), string.Empty));
                return;
            }

            _tokens.Add(NextToken());
        }
    }

    private int Column(int offset) => offset - _lineStart + 1;

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n' || c == '\r')
            {
                _pos++;
                if (c == '\r' && Peek() == '\n')
                {
                    _pos++;
                }

                NewLine();
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private void SkipBlockComment()
    {
        int start = _pos, line = _line, column = Column(_pos);
        _pos += 2;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '*' && Peek(1) == '/')
            {
                _pos += 2;
                return;
            }

            _pos++;
            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                NewLine();
            }
        }

        throw SyntaxError.At(_text, start, line, column, SyntaxMessages.UnterminatedComment);
    }

    private Token NextToken()
    {
        var start = _pos;
        var c = _text[_pos];
        if (IsIdentifierStart(c))
        {
            return LexWord();
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            return LexNumber();
        }

        switch (c)
        {
            case '\'':
            case '"':
                return LexString(c);
            case '`':
                return LexEscapedIdentifier(TokenKind.EscapedIdentifier, start);
            case '$':
                return LexParameter();
            case '(': return Symbol(TokenKind.LeftParen, 1);
            case ')': return Symbol(TokenKind.RightParen, 1);
            case '[': return Symbol(TokenKind.LeftBracket, 1);
            case ']': return Symbol(TokenKind.RightBracket, 1);
            case '{': return Symbol(TokenKind.LeftBrace, 1);
            case '}': return Symbol(TokenKind.RightBrace, 1);
            case ',': return Symbol(TokenKind.Comma, 1);
            case ':': return Symbol(TokenKind.Colon, 1);
            case ';': return Symbol(TokenKind.Semicolon, 1);
            case '&': return Symbol(TokenKind.Ampersand, 1);
            case '*': return Symbol(TokenKind.Star, 1);
            case '/': return Symbol(TokenKind.Slash, 1);
            case '%': return Symbol(TokenKind.Percent, 1);
            case '^': return Symbol(TokenKind.Caret, 1);
            case '-': return Symbol(TokenKind.Minus, 1);
            case '.': return Peek(1) == '.' ? Symbol(TokenKind.DotDot, 2) : Symbol(TokenKind.Dot, 1);
            case '|': return Peek(1) == '|' ? Symbol(TokenKind.DoublePipe, 2) : Symbol(TokenKind.Pipe, 1);
            case '+': return Peek(1) == '=' ? Symbol(TokenKind.PlusEqual, 2) : Symbol(TokenKind.Plus, 1);
            case '!': return Peek(1) == '=' ? Symbol(TokenKind.BangEqual, 2) : Symbol(TokenKind.Exclamation, 1);
            case '=': return Peek(1) == '~' ? Symbol(TokenKind.RegexMatch, 2) : Symbol(TokenKind.Equal, 1);
            case '<':
                return Peek(1) switch
                {
                    '=' => Symbol(TokenKind.LessThanOrEqual, 2),
                    '>' => Symbol(TokenKind.NotEqual, 2),
                    _ => Symbol(TokenKind.LessThan, 1),
                };
            case '>': return Peek(1) == '=' ? Symbol(TokenKind.GreaterThanOrEqual, 2) : Symbol(TokenKind.GreaterThan, 1);
        }

        if (IsUnicodeDash(c))
        {
            return Symbol(TokenKind.UnicodeDash, 1);
        }

        if (c is '\u27E8' or '\u3008' or '\uFE64' or '\uFF1C')
        {
            return Symbol(TokenKind.UnicodeLeftArrowHead, 1);
        }

        if (c is '\u27E9' or '\u3009' or '\uFE65' or '\uFF1E')
        {
            return Symbol(TokenKind.UnicodeRightArrowHead, 1);
        }

        var length = char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
        return Symbol(TokenKind.Invalid, length);
    }

    private static bool IsUnicodeDash(char c) =>
        c is '\u00AD' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D';

    /// <summary>Punctuation carries no text (the parser reads its spelling from the query when it reports an error).</summary>
    private Token Symbol(TokenKind kind, int length)
    {
        var start = _pos;
        _pos += length;
        return new Token(kind, start, length, _line, Column(start), string.Empty);
    }

    private static bool IsIdentifierStart(char c) =>
        char.IsAsciiLetter(c) || c == '_' || (c > 127 && IsUnicodeIdentifierStart(c));

    private static bool IsIdentifierPart(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && IsUnicodeIdentifierPart(c));

    private static bool IsUnicodeIdentifierStart(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.ConnectorPunctuation;

    private static bool IsUnicodeIdentifierPart(char c) =>
        IsUnicodeIdentifierStart(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    private Token LexWord()
    {
        var start = _pos;
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            _pos++;
        }

        return new Token(TokenKind.Identifier, start, _pos - start, _line, Column(start), _text.Substring(start, _pos - start));
    }

    private Token LexNumber()
    {
        var start = _pos;
        var kind = TokenKind.DecimalInteger;
        if (Peek() == '0' && (Peek(1) is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = Peek(1) is 'x' or 'X';
            _pos += 2;
            var digitsStart = _pos;
            var valid = true;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            {
                valid &= hex ? char.IsAsciiHexDigit(_text[_pos]) : _text[_pos] is >= '0' and <= '7';
                _pos++;
            }

            kind = !valid || _pos == digitsStart ? TokenKind.MalformedNumber : hex ? TokenKind.HexInteger : TokenKind.OctalInteger;
            return new Token(kind, start, _pos - start, _line, Column(start), _text.Substring(start, _pos - start));
        }

        SkipDigits();
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            kind = TokenKind.Float;
            _pos++;
            SkipDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            var signed = Peek(1) is '+' or '-';
            if (char.IsAsciiDigit(Peek(signed ? 2 : 1)))
            {
                kind = TokenKind.Float;
                _pos += signed ? 2 : 1;
                SkipDigits();
            }
        }

        if (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            // Letters glued to a number ("12ab", "1e", "9223372h5") make one bad literal, not a number and a name.
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            {
                _pos++;
            }

            kind = TokenKind.MalformedNumber;
        }

        return new Token(kind, start, _pos - start, _line, Column(start), _text.Substring(start, _pos - start));
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }
    }

    private Token LexParameter()
    {
        var start = _pos;
        _pos++;
        if (Peek() == '`')
        {
            var escaped = LexEscapedIdentifier(TokenKind.Parameter, _pos);
            return escaped with { Offset = start, Length = _pos - start, Column = Column(start) };
        }

        var nameStart = _pos;
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            _pos++;
        }

        if (_pos == nameStart)
        {
            throw SyntaxError.At(_text, start, _line, Column(start), SyntaxMessages.EmptyParameterName);
        }

        return new Token(TokenKind.Parameter, start, _pos - start, _line, Column(start), _text.Substring(nameStart, _pos - nameStart));
    }

    private Token LexEscapedIdentifier(TokenKind kind, int start)
    {
        int line = _line, column = Column(start);
        _pos++;
        StringBuilder? builder = null;
        var segmentStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw SyntaxError.At(_text, start, line, column, SyntaxMessages.UnterminatedIdentifier);
            }

            var c = _text[_pos];
            if (c == '`')
            {
                if (Peek(1) != '`')
                {
                    break;
                }

                // A doubled backtick stands for one backtick.
                builder ??= new StringBuilder();
                builder.Append(_text, segmentStart, _pos - segmentStart + 1);
                _pos += 2;
                segmentStart = _pos;
                continue;
            }

            _pos++;
            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                NewLine();
            }
        }

        string name;
        if (builder is null)
        {
            name = _text.Substring(segmentStart, _pos - segmentStart);
        }
        else
        {
            builder.Append(_text, segmentStart, _pos - segmentStart);
            name = builder.ToString();
        }

        _pos++;
        return new Token(kind, start, _pos - start, line, column, name);
    }

    private Token LexString(char quote)
    {
        int start = _pos, line = _line, column = Column(_pos);
        _pos++;
        StringBuilder? builder = null;
        var segmentStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw SyntaxError.At(_text, start, line, column, SyntaxMessages.UnterminatedString);
            }

            var c = _text[_pos];
            if (c == quote)
            {
                break;
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder();
                builder.Append(_text, segmentStart, _pos - segmentStart);
                AppendEscape(builder);
                segmentStart = _pos;
                continue;
            }

            _pos++;
            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                NewLine();
            }
        }

        string value;
        if (builder is null)
        {
            value = _text.Substring(segmentStart, _pos - segmentStart);
        }
        else
        {
            builder.Append(_text, segmentStart, _pos - segmentStart);
            value = builder.ToString();
        }

        _pos++;
        return new Token(TokenKind.String, start, _pos - start, line, column, value);
    }

    private void AppendEscape(StringBuilder builder)
    {
        var escapeStart = _pos;
        var next = Peek(1);
        _pos += 2;
        switch (next)
        {
            case '\\': builder.Append('\\'); return;
            case '\'': builder.Append('\''); return;
            case '"': builder.Append('"'); return;
            case 'n': builder.Append('\n'); return;
            case 't': builder.Append('\t'); return;
            case 'r': builder.Append('\r'); return;
            case 'b': builder.Append('\b'); return;
            case 'f': builder.Append('\f'); return;
            case 'u':
            case 'U':
                AppendUnicodeEscape(builder, escapeStart, next == 'u' ? 4 : 8);
                return;
            default:
                var shown = next == '\0' ? "\\" : "\\" + next;
                throw SyntaxError.At(_text, escapeStart, _line, Column(escapeStart), SyntaxMessages.InvalidEscape(shown));
        }
    }

    private void AppendUnicodeEscape(StringBuilder builder, int escapeStart, int digits)
    {
        var codePoint = 0;
        for (var i = 0; i < digits; i++)
        {
            var c = Peek(i);
            if (!char.IsAsciiHexDigit(c))
            {
                throw InvalidUnicodeEscape(escapeStart, digits);
            }

            codePoint = (codePoint * 16) + HexValue(c);
        }

        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF && digits == 8))
        {
            throw InvalidUnicodeEscape(escapeStart, digits);
        }

        _pos += digits;
        if (codePoint <= 0xFFFF)
        {
            // Lone surrogates from \uXXXX pairs are kept so that "\uD83D\uDE00" makes one emoji.
            builder.Append((char)codePoint);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    private Exception InvalidUnicodeEscape(int escapeStart, int digits)
    {
        var end = Math.Min(_text.Length, _pos + digits);
        var shown = _text[escapeStart..end];
        return SyntaxError.At(
            _text, escapeStart, _line, Column(escapeStart), SyntaxMessages.InvalidUnicodeEscape(shown), SyntaxMessages.InvalidUnicodeLiteralDetail);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
