using System.Globalization;
using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>
/// Expressions, by openCypher precedence (lowest first): OR, XOR, AND, NOT, comparison, string/list/null
/// predicates, + -, * / %, ^, unary + -, postfix (property, index, slice, label check), atoms.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Words that cannot start an expression; refusing them gives a clear error instead of a variable named RETURN.
    /// Kept small because Neo4j lets most keywords name variables (END, for one, is a common variable name).
    /// </summary>
    private static readonly HashSet<string> NonAtomKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "AND", "OR", "XOR", "IN", "IS", "AS", "STARTS", "ENDS", "CONTAINS", "WHEN", "THEN", "ELSE",
        "WHERE", "ORDER", "SKIP", "LIMIT", "UNION", "YIELD", "DISTINCT", "MATCH", "OPTIONAL", "RETURN", "WITH",
        "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH", "FOREACH", "CALL",
    };

    /// <summary>Expression: OrExpression.</summary>
    private Expression ParseExpression()
    {
        EnterNesting();
        var expression = ParseOrExpression();
        ExitNesting();
        return expression;
    }

    /// <summary>OrExpression: XorExpression (OR XorExpression)*.</summary>
    private Expression ParseOrExpression()
    {
        var left = ParseXorExpression();
        var count = 0;
        while (AtKeyword("OR"))
        {
            var op = Advance();
            DeepenChain(ref count, op);
            var right = ParseXorExpression();
            left = new BinaryExpression(BinaryOperator.Or, AsPredicate(left), AsPredicate(right)) { Position = left.Position };
        }

        return EndChain(count, left);
    }

    /// <summary>XorExpression: AndExpression (XOR AndExpression)*.</summary>
    private Expression ParseXorExpression()
    {
        var left = ParseAndExpression();
        var count = 0;
        while (AtKeyword("XOR"))
        {
            var op = Advance();
            DeepenChain(ref count, op);
            var right = ParseAndExpression();
            left = new BinaryExpression(BinaryOperator.Xor, AsPredicate(left), AsPredicate(right)) { Position = left.Position };
        }

        return EndChain(count, left);
    }

    /// <summary>AndExpression: NotExpression (AND NotExpression)*.</summary>
    private Expression ParseAndExpression()
    {
        var left = ParseNotExpression();
        var count = 0;
        while (AtKeyword("AND"))
        {
            var op = Advance();
            DeepenChain(ref count, op);
            var right = ParseNotExpression();
            left = new BinaryExpression(BinaryOperator.And, AsPredicate(left), AsPredicate(right)) { Position = left.Position };
        }

        return EndChain(count, left);
    }

    /// <summary>NotExpression: NOT* ComparisonExpression.</summary>
    private Expression ParseNotExpression()
    {
        if (!AtKeyword("NOT"))
        {
            return ParseComparisonExpression();
        }

        var op = Advance();
        EnterNesting();
        var operand = ParseNotExpression();
        ExitNesting();
        return new UnaryExpression(UnaryOperator.Not, AsPredicate(operand)) { Position = PositionOf(op) };
    }

    /// <summary>One more operator in a left-nested chain: the AST gets one level deeper.</summary>
    private void DeepenChain(ref int count, in Token op)
    {
        count++;
        if (++_treeDepth > MaxTreeDepth)
        {
            throw ErrorAt(op, SyntaxMessages.OperatorChainTooLong);
        }
    }

    /// <summary>The chain is complete; its levels no longer count against the depth of what follows.</summary>
    private Expression EndChain(int count, Expression result)
    {
        _treeDepth -= count;
        return result;
    }

    private BinaryOperator? ComparisonOperator() => Current.Kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.LessThan => BinaryOperator.LessThan,
        TokenKind.GreaterThan => BinaryOperator.GreaterThan,
        TokenKind.LessThanOrEqual => BinaryOperator.LessThanOrEqual,
        TokenKind.GreaterThanOrEqual => BinaryOperator.GreaterThanOrEqual,
        TokenKind.BangEqual => throw Unexpected(SyntaxMessages.Expression),
        _ => null,
    };

    /// <summary>
    /// ComparisonExpression: StringListNullPredicateExpression (op StringListNullPredicateExpression)*;
    /// a chain <c>a &lt; b &lt; c</c> means <c>a &lt; b AND b &lt; c</c>.
    /// </summary>
    private Expression ParseComparisonExpression()
    {
        var left = ParseStringListNullPredicateExpression();
        if (ComparisonOperator() is not { } firstOperator)
        {
            return left;
        }

        var count = 0;
        DeepenChain(ref count, Advance());
        var right = ParseStringListNullPredicateExpression();
        Expression result = new BinaryExpression(firstOperator, left, right) { Position = left.Position };
        while (ComparisonOperator() is { } nextOperator)
        {
            var op = Advance();
            DeepenChain(ref count, op);
            var next = ParseStringListNullPredicateExpression();
            var comparison = new BinaryExpression(nextOperator, right, next) { Position = right.Position };
            result = new BinaryExpression(BinaryOperator.And, result, comparison) { Position = left.Position };
            right = next;
        }

        return EndChain(count, result);
    }

    /// <summary>
    /// StringListNullPredicateExpression: AddOrSubtractExpression (STARTS WITH e | ENDS WITH e | CONTAINS e | =~ e
    /// | IN e | IS [NOT] NULL)*.
    /// </summary>
    private Expression ParseStringListNullPredicateExpression()
    {
        var left = ParseAddOrSubtractExpression();
        var count = 0;
        while (true)
        {
            var token = Current;
            BinaryOperator op;
            if (token.IsKeyword("STARTS") && PeekToken(1).IsKeyword("WITH"))
            {
                Advance();
                op = BinaryOperator.StartsWith;
            }
            else if (token.IsKeyword("ENDS") && PeekToken(1).IsKeyword("WITH"))
            {
                Advance();
                op = BinaryOperator.EndsWith;
            }
            else if (token.IsKeyword("CONTAINS"))
            {
                op = BinaryOperator.Contains;
            }
            else if (token.Kind == TokenKind.RegexMatch)
            {
                op = BinaryOperator.RegexMatch;
            }
            else if (token.IsKeyword("IN"))
            {
                op = BinaryOperator.In;
            }
            else if (token.IsKeyword("IS"))
            {
                Advance();
                var negated = AcceptKeyword("NOT");
                ExpectKeyword("NULL");
                DeepenChain(ref count, token);
                left = new IsNullExpression(left, negated) { Position = left.Position };
                continue;
            }
            else
            {
                return EndChain(count, left);
            }

            Advance();
            DeepenChain(ref count, token);
            var right = ParseAddOrSubtractExpression();
            left = new BinaryExpression(op, left, right) { Position = left.Position };
        }
    }

    /// <summary>AddOrSubtractExpression: MultiplyDivideModuloExpression ((+ | - | ||) MultiplyDivideModuloExpression)*.</summary>
    private Expression ParseAddOrSubtractExpression()
    {
        var left = ParseMultiplyDivideModuloExpression();
        var count = 0;
        while (true)
        {
            BinaryOperator op;
            switch (Current.Kind)
            {
                case TokenKind.Plus or TokenKind.DoublePipe:
                    op = BinaryOperator.Add;
                    break;
                case TokenKind.Minus:
                    op = BinaryOperator.Subtract;
                    break;
                default:
                    return EndChain(count, left);
            }

            var token = Advance();
            DeepenChain(ref count, token);
            var right = ParseMultiplyDivideModuloExpression();
            left = new BinaryExpression(op, left, right) { Position = left.Position };
        }
    }

    /// <summary>MultiplyDivideModuloExpression: PowerOfExpression ((* | / | %) PowerOfExpression)*.</summary>
    private Expression ParseMultiplyDivideModuloExpression()
    {
        var left = ParsePowerOfExpression();
        var count = 0;
        while (true)
        {
            BinaryOperator op;
            switch (Current.Kind)
            {
                case TokenKind.Star:
                    op = BinaryOperator.Multiply;
                    break;
                case TokenKind.Slash:
                    op = BinaryOperator.Divide;
                    break;
                case TokenKind.Percent:
                    op = BinaryOperator.Modulo;
                    break;
                default:
                    return EndChain(count, left);
            }

            var token = Advance();
            DeepenChain(ref count, token);
            var right = ParsePowerOfExpression();
            left = new BinaryExpression(op, left, right) { Position = left.Position };
        }
    }

    /// <summary>PowerOfExpression: UnaryAddOrSubtractExpression (^ UnaryAddOrSubtractExpression)*, left-associative.</summary>
    private Expression ParsePowerOfExpression()
    {
        var left = ParseUnaryAddOrSubtractExpression();
        var count = 0;
        while (At(TokenKind.Caret))
        {
            var token = Advance();
            DeepenChain(ref count, token);
            var right = ParseUnaryAddOrSubtractExpression();
            left = new BinaryExpression(BinaryOperator.Power, left, right) { Position = left.Position };
        }

        return EndChain(count, left);
    }

    /// <summary>
    /// UnaryAddOrSubtractExpression: (+ | -) UnaryAddOrSubtractExpression | PostfixExpression. A minus directly
    /// before a number literal is folded into it, so -9223372036854775808 is representable.
    /// </summary>
    private Expression ParseUnaryAddOrSubtractExpression()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Minus:
                Advance();
                if (Current.Kind is TokenKind.DecimalInteger or TokenKind.HexInteger or TokenKind.OctalInteger or TokenKind.Float)
                {
                    var number = Advance();
                    var literal = new Literal(ConvertNumber(number, negative: true)) { Position = PositionOf(token) };
                    return ParsePostfixOperators(literal);
                }

                return new UnaryExpression(UnaryOperator.Negate, ParseNestedUnary()) { Position = PositionOf(token) };
            case TokenKind.Plus:
                Advance();
                return new UnaryExpression(UnaryOperator.Plus, ParseNestedUnary()) { Position = PositionOf(token) };
            case TokenKind.UnicodeDash:
                throw Unexpected(SyntaxMessages.Expression);
            default:
                return ParsePostfixExpression();
        }
    }

    private Expression ParseNestedUnary()
    {
        EnterNesting();
        var operand = ParseUnaryAddOrSubtractExpression();
        ExitNesting();
        return operand;
    }

    /// <summary>PostfixExpression: Atom (.key | [index] | [from..to] | :Label...)*.</summary>
    private Expression ParsePostfixExpression() => ParsePostfixOperators(ParseAtom());

    private Expression ParsePostfixOperators(Expression subject)
    {
        var count = 0;
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.Dot:
                    DeepenChain(ref count, Advance());
                    subject = new PropertyAccess(subject, ParseSymbolicName(SyntaxMessages.PropertyKeyName)) { Position = subject.Position };
                    break;
                case TokenKind.LeftBracket:
                    DeepenChain(ref count, Current);
                    subject = ParseIndexOrSlice(subject);
                    break;
                case TokenKind.Colon when PeekToken(1).IsWord:
                    DeepenChain(ref count, Current);
                    subject = new LabelCheck(subject, ParseNodeLabels(inExpression: true)) { Position = subject.Position };
                    break;
                default:
                    return EndChain(count, subject);
            }
        }
    }

    /// <summary>ListOperatorExpression: [ index ] | [ [from] .. [to] ].</summary>
    private Expression ParseIndexOrSlice(Expression subject)
    {
        Advance();
        EnterNesting();
        Expression? from = null;
        if (!At(TokenKind.DotDot))
        {
            from = ParseExpression();
            if (Accept(TokenKind.RightBracket))
            {
                ExitNesting();
                return new IndexExpression(subject, from) { Position = subject.Position };
            }
        }

        Expect(TokenKind.DotDot, SyntaxMessages.OneOf("]", ".."));
        var to = At(TokenKind.RightBracket) ? null : ParseExpression();
        Expect(TokenKind.RightBracket, SyntaxMessages.Quoted("]"));
        ExitNesting();
        return new SliceExpression(subject, from, to) { Position = subject.Position };
    }

    /// <summary>Atom: literal, parameter, CASE, list/map literal or comprehension, function call, subquery, pattern, ( expression ), variable.</summary>
    private Expression ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.DecimalInteger or TokenKind.HexInteger or TokenKind.OctalInteger or TokenKind.Float:
                Advance();
                return new Literal(ConvertNumber(token, negative: false)) { Position = PositionOf(token) };
            case TokenKind.MalformedNumber:
                throw ErrorAt(token, SyntaxMessages.InvalidNumber(token.Text), SyntaxMessages.InvalidNumberLiteralDetail);
            case TokenKind.String:
                Advance();
                return new Literal(token.Text) { Position = PositionOf(token) };
            case TokenKind.Parameter:
                return ParseParameter();
            case TokenKind.LeftBracket:
                return ParseListAtom();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftParen:
                return ParseParenthesizedOrPattern();
            case TokenKind.Identifier:
                return ParseWordAtom();
            case TokenKind.EscapedIdentifier:
                return ParseNameAtom();
            default:
                throw Unexpected(SyntaxMessages.Expression);
        }
    }

    private Parameter ParseParameter()
    {
        var token = Expect(TokenKind.Parameter, SyntaxMessages.ParameterOrMap);
        return new Parameter(token.Text) { Position = PositionOf(token) };
    }

    /// <summary>Atoms that start with an unescaped word: literals, CASE, count(*), subqueries, quantifiers, reduce, calls, variables.</summary>
    private Expression ParseWordAtom()
    {
        var token = Current;
        var next = PeekToken(1).Kind;
        if (token.IsKeyword("true") || token.IsKeyword("false") || token.IsKeyword("null"))
        {
            Advance();
            object? value = token.IsKeyword("null") ? null : token.IsKeyword("true");
            return new Literal(value) { Position = PositionOf(token) };
        }

        if (token.IsKeyword("CASE"))
        {
            return ParseCaseExpression();
        }

        if (next == TokenKind.LeftBrace)
        {
            if (token.IsKeyword("EXISTS"))
            {
                return ParseSubqueryExpression(SubqueryKind.Exists);
            }

            if (token.IsKeyword("COUNT"))
            {
                return ParseSubqueryExpression(SubqueryKind.Count);
            }

            if (token.IsKeyword("COLLECT"))
            {
                return ParseSubqueryExpression(SubqueryKind.Collect);
            }
        }

        if (next == TokenKind.LeftParen)
        {
            if (token.IsKeyword("COUNT") && PeekToken(2).Kind == TokenKind.Star && PeekToken(3).Kind == TokenKind.RightParen)
            {
                _index += 3;
                Advance();
                return new CountStar { Position = PositionOf(token) };
            }

            if (PeekToken(2).IsWord && PeekToken(3).IsKeyword("IN") && QuantifierKindOf(token) is { } kind)
            {
                return ParseQuantifierExpression(kind);
            }

            if (token.IsKeyword("reduce") && PeekToken(2).IsWord && PeekToken(3).Kind == TokenKind.Equal)
            {
                return ParseReduceExpression();
            }
        }

        if (next == TokenKind.LeftParen && (token.IsKeyword("shortestPath") || token.IsKeyword("allShortestPaths")))
        {
            throw ErrorAt(token, SyntaxMessages.ShortestPathOutsideMatch);
        }

        if (NonAtomKeywords.Contains(token.Text))
        {
            throw Unexpected(SyntaxMessages.Expression);
        }

        return ParseNameAtom();
    }

    private static QuantifierKind? QuantifierKindOf(in Token token)
    {
        if (token.IsKeyword("all"))
        {
            return QuantifierKind.All;
        }

        if (token.IsKeyword("any"))
        {
            return QuantifierKind.Any;
        }

        if (token.IsKeyword("none"))
        {
            return QuantifierKind.None;
        }

        return token.IsKeyword("single") ? QuantifierKind.Single : null;
    }

    /// <summary>A name-led atom: FunctionInvocation (name or ns.name followed by '('), MapProjection or Variable.</summary>
    private Expression ParseNameAtom()
    {
        var token = Current;
        if (IsFunctionCallAhead())
        {
            return ParseFunctionInvocation();
        }

        Advance();
        var variable = new Variable(token.Text) { Position = PositionOf(token) };
        return At(TokenKind.LeftBrace) ? ParseMapProjection(variable) : variable;
    }

    /// <summary>Lookahead: Name (. Name)* '('.</summary>
    private bool IsFunctionCallAhead()
    {
        var index = _index;
        while (true)
        {
            if (!TokenAt(index).IsWord)
            {
                return false;
            }

            var next = TokenAt(index + 1).Kind;
            if (next == TokenKind.LeftParen)
            {
                return true;
            }

            if (next != TokenKind.Dot)
            {
                return false;
            }

            index += 2;
        }
    }

    /// <summary>FunctionInvocation: FunctionName ( [DISTINCT] [Expression (, Expression)*] ).</summary>
    private FunctionCall ParseFunctionInvocation()
    {
        var start = Current;
        var name = ParseQualifiedName();
        EnterNesting();
        Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
        var distinct = AcceptKeyword("DISTINCT");
        var arguments = new List<Expression>();
        var isExists = string.Equals(name, "exists", StringComparison.OrdinalIgnoreCase);
        if (!At(TokenKind.RightParen))
        {
            do
            {
                var argument = ParseExpression();
                arguments.Add(isExists ? AsPredicate(argument) : argument);
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightParen, SyntaxMessages.OneOf(",", ")"));
        ExitNesting();
        return new FunctionCall(name, distinct, AstList.From(arguments)) { Position = PositionOf(start) };
    }

    /// <summary>CaseExpression: CASE [Expression] (WHEN Expression THEN Expression)+ [ELSE Expression] END.</summary>
    private CaseExpression ParseCaseExpression()
    {
        var start = ExpectKeyword("CASE");
        EnterNesting();
        Expression? test = AtKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (AcceptKeyword("WHEN"))
        {
            var when = ParseExpression();
            if (test is null)
            {
                AsPredicate(when);
            }

            ExpectKeyword("THEN");
            alternatives.Add(new CaseAlternative(when, ParseExpression()));
        }

        if (alternatives.Count == 0)
        {
            throw Unexpected(SyntaxMessages.Quoted("WHEN"));
        }

        var otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        ExitNesting();
        return new CaseExpression(test, AstList.From(alternatives), otherwise) { Position = PositionOf(start) };
    }

    /// <summary>QuantifierExpression: (ALL | ANY | NONE | SINGLE) ( Variable IN Expression WHERE Expression ).</summary>
    private QuantifierExpression ParseQuantifierExpression(QuantifierKind kind)
    {
        var start = Advance();
        EnterNesting();
        Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
        var variable = ParseSymbolicName(SyntaxMessages.Name);
        ExpectKeyword("IN");
        var source = ParseExpression();
        ExpectKeyword("WHERE");
        var predicate = AsPredicate(ParseExpression());
        Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        ExitNesting();
        return new QuantifierExpression(kind, variable, source, predicate) { Position = PositionOf(start) };
    }

    /// <summary>Reduce: reduce ( Accumulator = Expression , Variable IN Expression | Expression ).</summary>
    private ReduceExpression ParseReduceExpression()
    {
        var start = Advance();
        EnterNesting();
        Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
        var accumulator = ParseSymbolicName(SyntaxMessages.Name);
        Expect(TokenKind.Equal, SyntaxMessages.Quoted("="));
        var init = ParseExpression();
        Expect(TokenKind.Comma, SyntaxMessages.Quoted(","));
        var variable = ParseSymbolicName(SyntaxMessages.Name);
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect(TokenKind.Pipe, SyntaxMessages.Quoted("|"));
        var body = ParseExpression();
        Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        ExitNesting();
        return new ReduceExpression(accumulator, init, variable, source, body) { Position = PositionOf(start) };
    }

    /// <summary>
    /// ExistsExpression / CountExpression / CollectExpression: KEYWORD { Query } or KEYWORD { Pattern [WHERE Expression] }.
    /// </summary>
    private SubqueryExpression ParseSubqueryExpression(SubqueryKind kind)
    {
        var start = Advance();
        EnterNesting();
        Expect(TokenKind.LeftBrace, SyntaxMessages.Quoted("{"));
        SubqueryExpression result;
        if (At(TokenKind.LeftParen) || (Current.IsWord && PeekToken(1).Kind == TokenKind.Equal))
        {
            var pattern = ParsePattern();
            var where = ParseOptionalWhere();
            result = new SubqueryExpression(kind, null, pattern, where) { Position = PositionOf(start) };
        }
        else
        {
            var query = ParseRegularQuery();
            result = new SubqueryExpression(kind, query, null, null) { Position = PositionOf(start) };
        }

        Expect(TokenKind.RightBrace, SyntaxMessages.Quoted("}"));
        ExitNesting();
        return result;
    }

    /// <summary>
    /// '(' starts either a pattern used as an expression, <c>(a)--&gt;(b)</c>, or a parenthesised expression;
    /// a node pattern followed by a relationship decides.
    /// </summary>
    private Expression ParseParenthesizedOrPattern()
    {
        var start = Current;
        if (LooksLikeRelationshipsPattern(_index))
        {
            EnterNesting();
            var element = ParsePatternElement();
            ExitNesting();
            var pattern = new PatternPredicate(element) { Position = PositionOf(start) };
            RegisterPatternExpression(pattern);
            return pattern;
        }

        Advance();
        var inner = ParseExpression();
        Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        return inner;
    }

    /// <summary>'[' starts a pattern comprehension, a list comprehension or a list literal.</summary>
    private Expression ParseListAtom()
    {
        var start = Current;
        var first = PeekToken(1);
        if (LooksLikeRelationshipsPattern(_index + 1)
            || (first.IsWord && PeekToken(2).Kind == TokenKind.Equal && LooksLikeRelationshipsPattern(_index + 3)))
        {
            return ParsePatternComprehension();
        }

        if (first.IsWord && PeekToken(2).IsKeyword("IN"))
        {
            return ParseListComprehension();
        }

        Advance();
        EnterNesting();
        var items = new List<Expression>();
        if (!At(TokenKind.RightBracket))
        {
            do
            {
                items.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightBracket, SyntaxMessages.OneOf(",", "]"));
        ExitNesting();
        return new ListLiteral(AstList.From(items)) { Position = PositionOf(start) };
    }

    /// <summary>ListComprehension: [ Variable IN Expression [WHERE Expression] [| Expression] ].</summary>
    private ListComprehension ParseListComprehension()
    {
        var start = Advance();
        EnterNesting();
        var variable = ParseSymbolicName(SyntaxMessages.Name);
        ExpectKeyword("IN");
        var source = ParseExpression();
        var where = ParseOptionalWhere();
        var projection = Accept(TokenKind.Pipe) ? ParseExpression() : null;
        Expect(TokenKind.RightBracket, SyntaxMessages.Quoted("]"));
        ExitNesting();
        return new ListComprehension(variable, source, where, projection) { Position = PositionOf(start) };
    }

    /// <summary>PatternComprehension: [ [Variable =] RelationshipsPattern [WHERE Expression] | Expression ].</summary>
    private PatternComprehension ParsePatternComprehension()
    {
        var start = Advance();
        EnterNesting();
        string? pathVariable = null;
        if (Current.IsWord)
        {
            pathVariable = Advance().Text;
            Expect(TokenKind.Equal, SyntaxMessages.Quoted("="));
        }

        var element = ParsePatternElement();
        var where = ParseOptionalWhere();
        Expect(TokenKind.Pipe, SyntaxMessages.Quoted("|"));
        var projection = ParseExpression();
        Expect(TokenKind.RightBracket, SyntaxMessages.Quoted("]"));
        ExitNesting();
        return new PatternComprehension(pathVariable, element, where, projection) { Position = PositionOf(start) };
    }

    /// <summary>MapLiteral: { [PropertyKeyName : Expression (, PropertyKeyName : Expression)*] }.</summary>
    private MapLiteral ParseMapLiteral()
    {
        var start = Expect(TokenKind.LeftBrace, SyntaxMessages.Quoted("{"));
        EnterNesting();
        var entries = new List<MapEntry>();
        if (!At(TokenKind.RightBrace))
        {
            do
            {
                var key = ParseSymbolicName(SyntaxMessages.PropertyKeyName);
                Expect(TokenKind.Colon, SyntaxMessages.Quoted(":"));
                entries.Add(new MapEntry(key, ParseExpression()));
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightBrace, SyntaxMessages.OneOf(",", "}"));
        ExitNesting();
        return new MapLiteral(AstList.From(entries)) { Position = PositionOf(start) };
    }

    /// <summary>MapProjection: Variable { [item (, item)*] } with items .key, .*, key: Expression, variable.</summary>
    private MapProjection ParseMapProjection(Variable variable)
    {
        Advance();
        EnterNesting();
        var items = new List<MapProjectionItem>();
        if (!At(TokenKind.RightBrace))
        {
            do
            {
                items.Add(ParseMapProjectionItem());
            }
            while (Accept(TokenKind.Comma));
        }

        Expect(TokenKind.RightBrace, SyntaxMessages.OneOf(",", "}"));
        ExitNesting();
        return new MapProjection(variable.Name, AstList.From(items)) { Position = variable.Position };
    }

    private MapProjectionItem ParseMapProjectionItem()
    {
        if (Accept(TokenKind.Dot))
        {
            return Accept(TokenKind.Star)
                ? new AllPropertiesSelector()
                : new PropertySelector(ParseSymbolicName(SyntaxMessages.PropertyKeyName));
        }

        var name = ParseSymbolicName(SyntaxMessages.PropertyKeyName);
        if (Accept(TokenKind.Colon))
        {
            return new LiteralEntrySelector(name, ParseExpression());
        }

        return new VariableSelector(name);
    }

    private object ConvertNumber(in Token token, bool negative) =>
        token.Kind == TokenKind.Float ? (object)ConvertFloat(token, negative) : (object)ConvertInteger(token, negative);

    /// <summary>Decimal, hexadecimal (0x), octal (0o, or a legacy leading zero) to a 64-bit integer, or IntegerOverflow.</summary>
    private long ConvertInteger(in Token token, bool negative)
    {
        var text = token.Text.AsSpan();
        var radix = 10;
        switch (token.Kind)
        {
            case TokenKind.HexInteger:
                radix = 16;
                text = text[2..];
                break;
            case TokenKind.OctalInteger:
                radix = 8;
                text = text[2..];
                break;
            default:
                if (text.Length > 1 && text[0] == '0' && !text.ContainsAnyExcept("01234567"))
                {
                    radix = 8;
                    text = text[1..];
                }

                break;
        }

        // Accumulate the magnitude; 2^63 fits only when negated.
        const ulong Limit = 9_223_372_036_854_775_808UL;
        ulong magnitude = 0;
        foreach (var c in text)
        {
            var digit = (ulong)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            if (magnitude > (Limit - digit) / (ulong)radix)
            {
                throw IntegerOverflow(token, negative);
            }

            magnitude = (magnitude * (ulong)radix) + digit;
        }

        if (magnitude == Limit)
        {
            return negative ? long.MinValue : throw IntegerOverflow(token, negative);
        }

        return negative ? -(long)magnitude : (long)magnitude;
    }

    private Exception IntegerOverflow(in Token token, bool negative) =>
        ErrorAt(token, SyntaxMessages.IntegerTooLarge((negative ? "-" : string.Empty) + token.Text), SyntaxMessages.IntegerOverflowDetail);

    private double ConvertFloat(in Token token, bool negative)
    {
        var value = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            throw ErrorAt(token, SyntaxMessages.FloatTooLarge(token.Text), SyntaxMessages.FloatingPointOverflowDetail);
        }

        return negative ? -value : value;
    }
}
