namespace RelationsGraph.Cypher.Syntax;

/// <summary>
/// One lexical token. <see cref="Text"/> is the decoded content for words (backticks removed), parameters
/// (name without <c>$</c>) and strings (escapes resolved), the raw spelling for numbers, and empty for punctuation.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Offset, int Length, int Line, int Column, string Text)
{
    public int End => Offset + Length;

    public bool IsWord => Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier;

    /// <summary>True for the unescaped keyword <paramref name="keyword"/>, in any letter case.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
