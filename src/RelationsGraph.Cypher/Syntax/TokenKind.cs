namespace RelationsGraph.Cypher.Syntax;

/// <summary>What a <see cref="Token"/> is. Keywords are not kinds: they are <see cref="Identifier"/> words
/// the parser recognises by context, since Cypher lets most keywords serve as names.</summary>
internal enum TokenKind
{
    EndOfInput,
    Identifier,
    EscapedIdentifier,
    Parameter,
    String,
    DecimalInteger,
    HexInteger,
    OctalInteger,
    Float,

    /// <summary>A number run into letters (<c>12ab</c>, <c>0x</c>, <c>0x1G</c>); an error where a literal is needed.</summary>
    MalformedNumber,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Dot,
    DotDot,
    Colon,
    Semicolon,
    Pipe,
    DoublePipe,
    Ampersand,
    Exclamation,
    Equal,
    NotEqual,
    BangEqual,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    RegexMatch,
    Plus,
    PlusEqual,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,

    /// <summary>A Unicode dash (en dash, em dash, minus sign, ...): allowed in arrows, not as minus.</summary>
    UnicodeDash,

    /// <summary>A Unicode left angle bracket usable as an arrow head.</summary>
    UnicodeLeftArrowHead,

    /// <summary>A Unicode right angle bracket usable as an arrow head.</summary>
    UnicodeRightArrowHead,

    /// <summary>A character that starts no token.</summary>
    Invalid,
}
