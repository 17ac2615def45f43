using System.Runtime.CompilerServices;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>
/// Hand-written recursive-descent parser for Neo4j 5 / openCypher. Each Parse* method implements the grammar
/// rule it is named after; the partial files group the rules: clauses, patterns, expressions, schema commands.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Deeper nesting than this is refused so no input can exhaust the stack.</summary>
    public const int MaxNestingDepth = 200;

    /// <summary>
    /// Deepest AST allowed: nesting plus left-nested operator chains (<c>a + b + c</c>, <c>n.a.b</c>, UNION).
    /// Later stages walk the AST recursively, so the parser bounds its depth for them.
    /// </summary>
    public const int MaxTreeDepth = 500;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;
    private int _treeDepth;
    private int _lastEnd;

    /// <summary>Pattern expressions not yet seen in a boolean context; any left at the end is an error.</summary>
    private List<PatternPredicate>? _patternsToValidate;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    public static Statement Parse(string text) => new Parser(text).ParseStatement();

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token TokenAt(int index) => _tokens[Math.Min(index, _tokens.Count - 1)];

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private static SourcePosition PositionOf(in Token token) => new(token.Offset, token.Line, token.Column);

    private Token Advance()
    {
        var token = _tokens[_index];
        if (token.Kind != TokenKind.EndOfInput)
        {
            _index++;
            _lastEnd = token.End;
        }

        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string description)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(description);
        }

        return Advance();
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            throw Unexpected(SyntaxMessages.Quoted(keyword));
        }

        return Advance();
    }

    /// <summary>A variable, label, type, key or procedure name part: any word, keywords included, or a `quoted` name.</summary>
    private string ParseSymbolicName(string description)
    {
        if (!Current.IsWord)
        {
            throw Unexpected(description);
        }

        return Advance().Text;
    }

    private CypherException Unexpected(string expected) => UnexpectedAt(Current, expected);

    private CypherException UnexpectedAt(in Token token, string expected)
    {
        switch (token.Kind)
        {
            case TokenKind.EndOfInput:
                return SyntaxError.At(_text, token, SyntaxMessages.UnexpectedEnd(expected));
            case TokenKind.UnicodeDash or TokenKind.UnicodeLeftArrowHead or TokenKind.UnicodeRightArrowHead:
                return SyntaxError.At(_text, token, SyntaxMessages.InvalidUnicodeCharacter(_text.Substring(token.Offset, token.Length)), SyntaxMessages.InvalidUnicodeCharacterDetail);
            case TokenKind.BangEqual:
                return SyntaxError.At(_text, token, SyntaxMessages.BangEqual);
            default:
                var raw = _text.Substring(token.Offset, Math.Min(token.Length, 40));
                return SyntaxError.At(_text, token, SyntaxMessages.InvalidInput(raw, expected));
        }
    }

    private CypherException ErrorAt(in Token token, string message, string detail = SyntaxMessages.UnexpectedSyntaxDetail) =>
        SyntaxError.At(_text, token, message, detail);

    private CypherException ErrorAt(SourcePosition position, string message, string detail = SyntaxMessages.UnexpectedSyntaxDetail) =>
        SyntaxError.At(_text, position.Offset, position.Line, position.Column, message, detail);

    /// <summary>Counts one level of nesting; refuses past <see cref="MaxNestingDepth"/> or when the stack runs low.</summary>
    private void EnterNesting()
    {
        if (++_depth > MaxNestingDepth || ++_treeDepth > MaxTreeDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw ErrorAt(Current, SyntaxMessages.NestingTooDeep);
        }
    }

    private void ExitNesting()
    {
        _depth--;
        _treeDepth--;
    }

    /// <summary>Statement: a query or a schema command, an optional ';', then the end of the text.</summary>
    private Statement ParseStatement()
    {
        var statement = AtSchemaCommand() ? ParseSchemaCommand() : ParseRegularQuery();
        Accept(TokenKind.Semicolon);
        if (!At(TokenKind.EndOfInput))
        {
            throw Unexpected(SyntaxMessages.EndOfQuery);
        }

        if (_patternsToValidate is { Count: > 0 } patterns)
        {
            throw ErrorAt(patterns[0].Position, SyntaxMessages.PatternExpressionOutsidePredicate);
        }

        return statement;
    }

    private void RegisterPatternExpression(PatternPredicate pattern) => (_patternsToValidate ??= []).Add(pattern);

    /// <summary>Marks <paramref name="expression"/> as used where a boolean is expected, which is where a pattern may stand.</summary>
    private Expression AsPredicate(Expression expression)
    {
        if (expression is PatternPredicate pattern && _patternsToValidate is { } pending)
        {
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(pending[i], pattern))
                {
                    pending.RemoveAt(i);
                    break;
                }
            }
        }

        return expression;
    }
}
