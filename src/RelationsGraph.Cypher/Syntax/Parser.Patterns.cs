using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Graph patterns: parts, chains, node and relationship patterns, and the lookahead that tells
/// a pattern from a parenthesised expression.</summary>
internal sealed partial class Parser
{
    /// <summary>Pattern: PatternPart (, PatternPart)*.</summary>
    private Pattern ParsePattern()
    {
        var start = Current;
        var parts = new List<PatternPart> { ParsePatternPart() };
        while (Accept(TokenKind.Comma))
        {
            parts.Add(ParsePatternPart());
        }

        return new Pattern(AstList.From(parts)) { Position = PositionOf(start) };
    }

    /// <summary>PatternPart: [Variable =] (shortestPath(...) | allShortestPaths(...) | PatternElement).</summary>
    private PatternPart ParsePatternPart()
    {
        var start = Current;
        string? pathVariable = null;
        if (start.IsWord && PeekToken(1).Kind == TokenKind.Equal)
        {
            pathVariable = Advance().Text;
            Advance();
        }

        var selector = PathSelector.All;
        if (PeekToken(1).Kind == TokenKind.LeftParen)
        {
            if (AtKeyword("shortestPath"))
            {
                selector = PathSelector.Shortest;
            }
            else if (AtKeyword("allShortestPaths"))
            {
                selector = PathSelector.AllShortest;
            }
        }

        PatternElement element;
        if (selector == PathSelector.All)
        {
            element = ParsePatternElement();
        }
        else
        {
            Advance();
            Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
            element = ParsePatternElement();
            Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        }

        return new PatternPart(pathVariable, element, selector) { Position = PositionOf(start) };
    }

    /// <summary>PatternElement: NodePattern (RelationshipPattern NodePattern)* | ( PatternElement ).</summary>
    private PatternElement ParsePatternElement()
    {
        var start = Current;
        if (start.Kind == TokenKind.LeftParen && PeekToken(1).Kind == TokenKind.LeftParen)
        {
            EnterNesting();
            Advance();
            var inner = ParsePatternElement();
            Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
            ExitNesting();
            return inner;
        }

        var first = ParseNodePattern();
        var steps = new List<PatternStep>();
        while (AtRelationshipStart(_index))
        {
            var relationship = ParseRelationshipPattern();
            var node = ParseNodePattern();
            steps.Add(new PatternStep(relationship, node));
        }

        return new PatternElement(first, AstList.From(steps)) { Position = PositionOf(start) };
    }

    /// <summary>NodePattern: ( [Variable] [:Label...] [Properties] ).</summary>
    private NodePattern ParseNodePattern()
    {
        var start = Expect(TokenKind.LeftParen, SyntaxMessages.NodePattern);
        string? variable = null;
        if (Current.IsWord)
        {
            variable = Advance().Text;
        }

        var labels = At(TokenKind.Colon) ? ParseNodeLabels() : AstList<string>.Empty;
        var properties = ParseOptionalProperties();
        Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        return new NodePattern(variable, labels, properties) { Position = PositionOf(start) };
    }

    /// <summary>
    /// NodeLabels: :Label (:Label | &amp;Label)*. In a pattern a following '|' (label disjunction) has no AST form
    /// and is refused; in an expression it ends the labels, as in <c>[x IN l WHERE x:A | x]</c>.
    /// </summary>
    private AstList<string> ParseNodeLabels(bool inExpression = false)
    {
        Expect(TokenKind.Colon, SyntaxMessages.Quoted(":"));
        var labels = new List<string> { ParseSymbolicName(SyntaxMessages.LabelName) };
        while (true)
        {
            if (Accept(TokenKind.Colon) || Accept(TokenKind.Ampersand))
            {
                labels.Add(ParseSymbolicName(SyntaxMessages.LabelName));
            }
            else if (At(TokenKind.Pipe) && !inExpression)
            {
                throw ErrorAt(Current, SyntaxMessages.LabelDisjunctionNotSupported);
            }
            else
            {
                return AstList.From(labels);
            }
        }
    }

    /// <summary>Properties: MapLiteral | Parameter, when present.</summary>
    private Expression? ParseOptionalProperties() => Current.Kind switch
    {
        TokenKind.LeftBrace => ParseMapLiteral(),
        TokenKind.Parameter => ParseParameter(),
        _ => null,
    };

    private static bool IsDash(TokenKind kind) => kind is TokenKind.Minus or TokenKind.UnicodeDash;

    private static bool IsLeftArrowHead(TokenKind kind) => kind is TokenKind.LessThan or TokenKind.UnicodeLeftArrowHead;

    private static bool IsRightArrowHead(TokenKind kind) => kind is TokenKind.GreaterThan or TokenKind.UnicodeRightArrowHead;

    /// <summary>True when a relationship pattern starts at <paramref name="index"/>: "-[", "--", "&lt;-[" or "&lt;--".</summary>
    private bool AtRelationshipStart(int index)
    {
        var first = TokenAt(index).Kind;
        if (IsLeftArrowHead(first))
        {
            if (!IsDash(TokenAt(index + 1).Kind))
            {
                return false;
            }

            index++;
        }
        else if (!IsDash(first))
        {
            return false;
        }

        var next = TokenAt(index + 1).Kind;
        return next == TokenKind.LeftBracket || IsDash(next);
    }

    /// <summary>RelationshipPattern: [&lt;] - [ [Variable] [:TYPE(|TYPE)*] [*Range] [Properties] ] - [&gt;].</summary>
    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current;
        var left = IsLeftArrowHead(start.Kind);
        if (left)
        {
            Advance();
        }

        ExpectDash();
        string? variable = null;
        var types = AstList<string>.Empty;
        Expression? properties = null;
        RangeLiteral? length = null;
        if (Accept(TokenKind.LeftBracket))
        {
            if (Current.IsWord)
            {
                variable = Advance().Text;
            }

            if (At(TokenKind.Colon))
            {
                types = ParseRelationshipTypes();
            }

            if (At(TokenKind.Star))
            {
                length = ParseRangeLiteral();
            }

            properties = ParseOptionalProperties();
            Expect(TokenKind.RightBracket, SyntaxMessages.Quoted("]"));
        }

        ExpectDash();
        var right = IsRightArrowHead(Current.Kind);
        if (right)
        {
            Advance();
        }

        var direction = left == right ? RelationshipDirection.Both : left ? RelationshipDirection.Incoming : RelationshipDirection.Outgoing;
        return new RelationshipPattern(variable, types, direction, properties, length) { Position = PositionOf(start) };
    }

    private void ExpectDash()
    {
        if (!IsDash(Current.Kind))
        {
            throw Unexpected(SyntaxMessages.Quoted("-"));
        }

        Advance();
    }

    /// <summary>RelationshipTypes: :TYPE (| [:]TYPE)*.</summary>
    private AstList<string> ParseRelationshipTypes()
    {
        Expect(TokenKind.Colon, SyntaxMessages.Quoted(":"));
        var types = new List<string> { ParseSymbolicName(SyntaxMessages.RelationshipTypeName) };
        while (Accept(TokenKind.Pipe))
        {
            Accept(TokenKind.Colon);
            types.Add(ParseSymbolicName(SyntaxMessages.RelationshipTypeName));
        }

        return AstList.From(types);
    }

    /// <summary>RangeLiteral: * [min] [.. [max]].</summary>
    private RangeLiteral ParseRangeLiteral()
    {
        Expect(TokenKind.Star, SyntaxMessages.Quoted("*"));
        long? min = null;
        if (At(TokenKind.DecimalInteger) || At(TokenKind.HexInteger) || At(TokenKind.OctalInteger))
        {
            min = ParseRangeBound();
        }

        if (!Accept(TokenKind.DotDot))
        {
            return new RangeLiteral(min, min);
        }

        long? max = null;
        if (At(TokenKind.DecimalInteger) || At(TokenKind.HexInteger) || At(TokenKind.OctalInteger))
        {
            max = ParseRangeBound();
        }

        return new RangeLiteral(min, max);
    }

    private long ParseRangeBound()
    {
        var token = Advance();
        return ConvertInteger(token, negative: false);
    }

    /// <summary>
    /// Lookahead without consuming: does a node pattern followed by a relationship start at <paramref name="index"/>?
    /// That is what tells the pattern <c>(a)--&gt;(b)</c> from the parenthesised expression <c>(a)</c>.
    /// </summary>
    private bool LooksLikeRelationshipsPattern(int index)
    {
        var end = ScanNodePattern(index);
        return end >= 0 && AtRelationshipStart(end);
    }

    /// <summary>The index just after a node pattern starting at <paramref name="index"/>, or -1 if there is none.</summary>
    private int ScanNodePattern(int index)
    {
        if (TokenAt(index).Kind != TokenKind.LeftParen)
        {
            return -1;
        }

        index++;
        if (TokenAt(index).IsWord)
        {
            index++;
        }

        while (TokenAt(index).Kind is TokenKind.Colon or TokenKind.Ampersand or TokenKind.Pipe)
        {
            if (!TokenAt(index + 1).IsWord)
            {
                return -1;
            }

            index += 2;
        }

        if (TokenAt(index).Kind == TokenKind.Parameter)
        {
            index++;
        }
        else if (TokenAt(index).Kind == TokenKind.LeftBrace)
        {
            var depth = 0;
            do
            {
                var kind = TokenAt(index).Kind;
                if (kind == TokenKind.EndOfInput)
                {
                    return -1;
                }

                if (kind == TokenKind.LeftBrace)
                {
                    depth++;
                }
                else if (kind == TokenKind.RightBrace)
                {
                    depth--;
                }

                index++;
            }
            while (depth > 0);
        }

        return TokenAt(index).Kind == TokenKind.RightParen ? index + 1 : -1;
    }
}
