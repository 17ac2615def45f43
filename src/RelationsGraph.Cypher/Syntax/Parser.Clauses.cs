using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Queries and clauses.</summary>
internal sealed partial class Parser
{
    /// <summary>RegularQuery: SingleQuery (UNION [ALL] SingleQuery)*.</summary>
    private Query ParseRegularQuery()
    {
        EnterNesting();
        Query query = ParseSingleQuery();
        var count = 0;
        while (AtKeyword("UNION"))
        {
            var union = Advance();
            if (++count + _treeDepth > MaxTreeDepth)
            {
                throw ErrorAt(union, SyntaxMessages.OperatorChainTooLong);
            }

            var all = AcceptKeyword("ALL");
            var right = ParseSingleQuery();
            query = new UnionQuery(query, right, all) { Position = PositionOf(union) };
        }

        ExitNesting();
        return query;
    }

    /// <summary>SingleQuery: one or more clauses.</summary>
    private SingleQuery ParseSingleQuery()
    {
        var start = Current;
        var clauses = new List<Clause>();
        while (TryParseClause() is { } clause)
        {
            clauses.Add(clause);
        }

        if (clauses.Count == 0)
        {
            throw Unexpected(SyntaxMessages.ClauseKeyword);
        }

        if (clauses.Count > 1)
        {
            foreach (var clause in clauses)
            {
                if (clause is CallProcedureClause { YieldAll: true })
                {
                    throw ErrorAt(clause.Position, SyntaxMessages.YieldStarInQuery);
                }
            }
        }

        return new SingleQuery(AstList.From(clauses)) { Position = PositionOf(start) };
    }

    /// <summary>Clause: dispatches on the leading keyword; null when the current token starts no clause.</summary>
    private Clause? TryParseClause()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            return null;
        }

        if (token.IsKeyword("MATCH"))
        {
            return ParseMatch(optional: false);
        }

        if (token.IsKeyword("OPTIONAL"))
        {
            if (PeekToken(1).IsKeyword("MATCH"))
            {
                Advance();
                return ParseMatch(optional: true) with { Position = PositionOf(token) };
            }

            if (PeekToken(1).IsKeyword("CALL"))
            {
                Advance();
                return ParseCall(optional: true) with { Position = PositionOf(token) };
            }

            return null;
        }

        if (token.IsKeyword("RETURN"))
        {
            return ParseReturn();
        }

        if (token.IsKeyword("WITH"))
        {
            return ParseWith();
        }

        if (token.IsKeyword("UNWIND"))
        {
            return ParseUnwind();
        }

        if (token.IsKeyword("CREATE"))
        {
            return ParseCreate();
        }

        if (token.IsKeyword("MERGE"))
        {
            return ParseMerge();
        }

        if (token.IsKeyword("SET"))
        {
            return ParseSet();
        }

        if (token.IsKeyword("REMOVE"))
        {
            return ParseRemove();
        }

        if (token.IsKeyword("DELETE") || (token.IsKeyword("DETACH") && PeekToken(1).IsKeyword("DELETE")))
        {
            return ParseDelete();
        }

        if (token.IsKeyword("FOREACH"))
        {
            return ParseForeach();
        }

        if (token.IsKeyword("CALL"))
        {
            return ParseCall(optional: false);
        }

        return null;
    }

    /// <summary>Match: [OPTIONAL] MATCH Pattern [WHERE Expression].</summary>
    private MatchClause ParseMatch(bool optional)
    {
        var start = ExpectKeyword("MATCH");
        var pattern = ParsePattern();
        while (AtKeyword("USING"))
        {
            SkipHint();
        }

        var where = ParseOptionalWhere();
        return new MatchClause(optional, pattern, where) { Position = PositionOf(start) };
    }

    /// <summary>
    /// Hint: USING [TEXT|RANGE|POINT] INDEX [SEEK] v:Label(key, ...) | USING SCAN v:Label | USING JOIN ON v, ....
    /// Planner hints only steer Neo4j's planner; this engine has no choice they could steer, so they are read and dropped.
    /// </summary>
    private void SkipHint()
    {
        ExpectKeyword("USING");
        if (AcceptKeyword("JOIN"))
        {
            ExpectKeyword("ON");
            do
            {
                ParseSymbolicName(SyntaxMessages.Name);
            }
            while (Accept(TokenKind.Comma));
            return;
        }

        if (!AcceptKeyword("SCAN"))
        {
            if (IsIndexKind(Current))
            {
                Advance();
            }

            ExpectKeyword("INDEX");
            AcceptKeyword("SEEK");
            ParseSymbolicName(SyntaxMessages.Name);
            Expect(TokenKind.Colon, SyntaxMessages.Quoted(":"));
            ParseSymbolicName(SyntaxMessages.LabelName);
            Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
            do
            {
                ParseSymbolicName(SyntaxMessages.PropertyKeyName);
            }
            while (Accept(TokenKind.Comma));
            Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
            return;
        }

        ParseSymbolicName(SyntaxMessages.Name);
        Expect(TokenKind.Colon, SyntaxMessages.Quoted(":"));
        ParseSymbolicName(SyntaxMessages.LabelName);
    }

    private Expression? ParseOptionalWhere() => AcceptKeyword("WHERE") ? AsPredicate(ParseExpression()) : null;

    /// <summary>Unwind: UNWIND Expression AS Variable.</summary>
    private UnwindClause ParseUnwind()
    {
        var start = ExpectKeyword("UNWIND");
        var expression = ParseExpression();
        ExpectKeyword("AS");
        var variable = ParseSymbolicName(SyntaxMessages.Name);
        return new UnwindClause(expression, variable) { Position = PositionOf(start) };
    }

    /// <summary>With: WITH ProjectionBody [WHERE Expression].</summary>
    private WithClause ParseWith()
    {
        var start = ExpectKeyword("WITH");
        var projection = ParseProjectionBody();
        var where = ParseOptionalWhere();
        return new WithClause(projection, where) { Position = PositionOf(start) };
    }

    /// <summary>Return: RETURN ProjectionBody.</summary>
    private ReturnClause ParseReturn()
    {
        var start = ExpectKeyword("RETURN");
        return new ReturnClause(ParseProjectionBody()) { Position = PositionOf(start) };
    }

    /// <summary>ProjectionBody: [DISTINCT] ProjectionItems [ORDER BY ...] [SKIP|OFFSET n] [LIMIT n].</summary>
    private Projection ParseProjectionBody()
    {
        var start = Current;
        var distinct = AcceptKeyword("DISTINCT");
        var includeExisting = false;
        var items = new List<ProjectionItem>();
        if (Accept(TokenKind.Star))
        {
            includeExisting = true;
        }
        else
        {
            items.Add(ParseProjectionItem());
        }

        while (Accept(TokenKind.Comma))
        {
            items.Add(ParseProjectionItem());
        }

        List<SortItem>? orderBy = null;
        if (AtKeyword("ORDER"))
        {
            Advance();
            ExpectKeyword("BY");
            orderBy = [ParseSortItem()];
            while (Accept(TokenKind.Comma))
            {
                orderBy.Add(ParseSortItem());
            }
        }

        Expression? skip = null;
        if (AcceptKeyword("SKIP") || AcceptKeyword("OFFSET"))
        {
            skip = ParseExpression();
        }

        Expression? limit = null;
        if (AcceptKeyword("LIMIT"))
        {
            limit = ParseExpression();
        }

        return new Projection(
            distinct,
            includeExisting,
            AstList.From(items),
            orderBy is null ? null : AstList.From(orderBy),
            skip,
            limit) { Position = PositionOf(start) };
    }

    /// <summary>ProjectionItem: Expression [AS Variable]; unaliased items are named by their source text.</summary>
    private ProjectionItem ParseProjectionItem()
    {
        var start = Current;
        if (start.Kind == TokenKind.EndOfInput)
        {
            throw Unexpected(SyntaxMessages.ProjectionItems);
        }

        var expression = ParseExpression();
        var name = _text[start.Offset.._lastEnd];
        string? alias = null;
        if (AcceptKeyword("AS"))
        {
            alias = ParseSymbolicName(SyntaxMessages.Name);
            name = alias;
        }

        return new ProjectionItem(expression, alias, name) { Position = PositionOf(start) };
    }

    /// <summary>SortItem: Expression [ASC|ASCENDING|DESC|DESCENDING].</summary>
    private SortItem ParseSortItem()
    {
        var expression = ParseExpression();
        var descending = false;
        if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING"))
        {
            descending = true;
        }
        else if (!AcceptKeyword("ASC"))
        {
            AcceptKeyword("ASCENDING");
        }

        return new SortItem(expression, descending);
    }

    /// <summary>Create: CREATE Pattern.</summary>
    private CreateClause ParseCreate()
    {
        var start = ExpectKeyword("CREATE");
        return new CreateClause(ParsePattern()) { Position = PositionOf(start) };
    }

    /// <summary>Merge: MERGE PatternPart (ON CREATE SET ... | ON MATCH SET ...)*.</summary>
    private MergeClause ParseMerge()
    {
        var start = ExpectKeyword("MERGE");
        var part = ParsePatternPart();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (AtKeyword("ON"))
        {
            Advance();
            List<SetItem> target;
            if (AcceptKeyword("CREATE"))
            {
                target = onCreate;
            }
            else if (AcceptKeyword("MATCH"))
            {
                target = onMatch;
            }
            else
            {
                throw Unexpected(SyntaxMessages.MergeAction);
            }

            ExpectKeyword("SET");
            ParseSetItems(target);
        }

        return new MergeClause(part, AstList.From(onCreate), AstList.From(onMatch)) { Position = PositionOf(start) };
    }

    /// <summary>Set: SET SetItem (, SetItem)*.</summary>
    private SetClause ParseSet()
    {
        var start = ExpectKeyword("SET");
        var items = new List<SetItem>();
        ParseSetItems(items);
        return new SetClause(AstList.From(items)) { Position = PositionOf(start) };
    }

    private void ParseSetItems(List<SetItem> items)
    {
        items.Add(ParseSetItem());
        while (Accept(TokenKind.Comma))
        {
            items.Add(ParseSetItem());
        }
    }

    /// <summary>SetItem: n.key = e | n = e | n += e | n:Label:Other | (expr).key = e.</summary>
    private SetItem ParseSetItem()
    {
        var start = Current;
        if (start.IsWord)
        {
            var next = PeekToken(1).Kind;
            if (next is TokenKind.Equal or TokenKind.PlusEqual)
            {
                Advance();
                var merge = Advance().Kind == TokenKind.PlusEqual;
                var value = ParseExpression();
                return new SetVariableItem(start.Text, value, merge) { Position = PositionOf(start) };
            }

            if (next == TokenKind.Colon)
            {
                Advance();
                return new SetLabelsItem(start.Text, ParseNodeLabels()) { Position = PositionOf(start) };
            }
        }
        else if (start.Kind != TokenKind.LeftParen)
        {
            throw Unexpected(SyntaxMessages.SetItem);
        }

        var target = ParsePostfixExpression();
        if (target is not PropertyAccess property)
        {
            throw ErrorAt(start, SyntaxMessages.SetTargetNotProperty);
        }

        Expect(TokenKind.Equal, SyntaxMessages.Quoted("="));
        return new SetPropertyItem(property, ParseExpression()) { Position = PositionOf(start) };
    }

    /// <summary>Remove: REMOVE RemoveItem (, RemoveItem)*.</summary>
    private RemoveClause ParseRemove()
    {
        var start = ExpectKeyword("REMOVE");
        var items = new List<RemoveItem> { ParseRemoveItem() };
        while (Accept(TokenKind.Comma))
        {
            items.Add(ParseRemoveItem());
        }

        return new RemoveClause(AstList.From(items)) { Position = PositionOf(start) };
    }

    /// <summary>RemoveItem: n:Label:Other | n.key.</summary>
    private RemoveItem ParseRemoveItem()
    {
        var start = Current;
        if (start.IsWord && PeekToken(1).Kind == TokenKind.Colon)
        {
            Advance();
            return new RemoveLabelsItem(start.Text, ParseNodeLabels()) { Position = PositionOf(start) };
        }

        if (!start.IsWord && start.Kind != TokenKind.LeftParen)
        {
            throw Unexpected(SyntaxMessages.RemoveItem);
        }

        if (ParsePostfixExpression() is not PropertyAccess property)
        {
            throw ErrorAt(start, SyntaxMessages.RemoveTargetNotProperty);
        }

        return new RemovePropertyItem(property) { Position = PositionOf(start) };
    }

    /// <summary>Delete: [DETACH] DELETE Expression (, Expression)*.</summary>
    private DeleteClause ParseDelete()
    {
        var start = Current;
        var detach = AcceptKeyword("DETACH");
        ExpectKeyword("DELETE");
        var targets = new List<Expression> { ParseExpression() };
        while (Accept(TokenKind.Comma))
        {
            targets.Add(ParseExpression());
        }

        return new DeleteClause(AstList.From(targets), detach) { Position = PositionOf(start) };
    }

    /// <summary>Foreach: FOREACH ( Variable IN Expression | UpdatingClause+ ).</summary>
    private ForeachClause ParseForeach()
    {
        var start = ExpectKeyword("FOREACH");
        EnterNesting();
        Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
        var variable = ParseSymbolicName(SyntaxMessages.Name);
        ExpectKeyword("IN");
        var list = ParseExpression();
        Expect(TokenKind.Pipe, SyntaxMessages.Quoted("|"));
        var updates = new List<Clause>();
        while (TryParseClause() is { } clause)
        {
            updates.Add(clause);
        }

        if (updates.Count == 0)
        {
            throw Unexpected(SyntaxMessages.ClauseKeyword);
        }

        Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        ExitNesting();
        return new ForeachClause(variable, list, AstList.From(updates)) { Position = PositionOf(start) };
    }

    /// <summary>
    /// Call: CALL { Query } | CALL ( [* | Variable, ...] ) { Query } | CALL ProcedureName [( args )] [YIELD ...].
    /// </summary>
    private Clause ParseCall(bool optional)
    {
        var start = ExpectKeyword("CALL");
        if (At(TokenKind.LeftBrace))
        {
            var body = ParseSubqueryBody();
            return new CallSubqueryClause(body, null, false, optional) { Position = PositionOf(start) };
        }

        if (At(TokenKind.LeftParen))
        {
            Advance();
            var importAll = false;
            var imported = new List<string>();
            if (Accept(TokenKind.Star))
            {
                importAll = true;
            }
            else if (!At(TokenKind.RightParen))
            {
                imported.Add(ParseSymbolicName(SyntaxMessages.Name));
                while (Accept(TokenKind.Comma))
                {
                    imported.Add(ParseSymbolicName(SyntaxMessages.Name));
                }
            }

            Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
            var body = ParseSubqueryBody();
            return new CallSubqueryClause(body, AstList.From(imported), importAll, optional) { Position = PositionOf(start) };
        }

        if (optional)
        {
            throw Unexpected(SyntaxMessages.Quoted("{"));
        }

        return ParseProcedureCall(start);
    }

    /// <summary>The braced body of CALL { } and of EXISTS/COUNT/COLLECT { }: a full query.</summary>
    private Query ParseSubqueryBody()
    {
        Expect(TokenKind.LeftBrace, SyntaxMessages.Quoted("{"));
        var query = ParseRegularQuery();
        Expect(TokenKind.RightBrace, SyntaxMessages.Quoted("}"));
        return query;
    }

    /// <summary>ProcedureCall: ProcedureName [( Expression, ... )] [YIELD (* | YieldItem, ... [WHERE Expression])].</summary>
    private CallProcedureClause ParseProcedureCall(in Token start)
    {
        var name = ParseQualifiedName();
        List<Expression>? arguments = null;
        if (Accept(TokenKind.LeftParen))
        {
            arguments = [];
            if (!At(TokenKind.RightParen))
            {
                arguments.Add(ParseExpression());
                while (Accept(TokenKind.Comma))
                {
                    arguments.Add(ParseExpression());
                }
            }

            Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        }

        List<YieldItem>? yields = null;
        var yieldAll = false;
        Expression? where = null;
        if (AcceptKeyword("YIELD"))
        {
            if (Accept(TokenKind.Star))
            {
                yieldAll = true;
            }
            else
            {
                yields = [ParseYieldItem()];
                while (Accept(TokenKind.Comma))
                {
                    yields.Add(ParseYieldItem());
                }

                where = ParseOptionalWhere();
            }
        }

        return new CallProcedureClause(
            name,
            arguments is null ? null : AstList.From(arguments),
            yields is null ? null : AstList.From(yields),
            yieldAll,
            where) { Position = PositionOf(start) };
    }

    /// <summary>QualifiedName: Name (. Name)*, e.g. db.labels.</summary>
    private string ParseQualifiedName()
    {
        var name = ParseSymbolicName(SyntaxMessages.Name);
        if (!At(TokenKind.Dot))
        {
            return name;
        }

        var builder = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot))
        {
            builder.Append('.').Append(ParseSymbolicName(SyntaxMessages.Name));
        }

        return builder.ToString();
    }

    /// <summary>YieldItem: Field [AS Variable].</summary>
    private YieldItem ParseYieldItem()
    {
        var start = Current;
        var field = ParseSymbolicName(SyntaxMessages.Name);
        string? alias = null;
        if (AcceptKeyword("AS"))
        {
            alias = ParseSymbolicName(SyntaxMessages.Name);
        }

        return new YieldItem(field, alias) { Position = PositionOf(start) };
    }
}
