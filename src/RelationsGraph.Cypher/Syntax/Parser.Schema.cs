using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Syntax;

/// <summary>Schema commands: CREATE/DROP CONSTRAINT, CREATE/DROP INDEX, SHOW CONSTRAINTS/INDEXES.</summary>
internal sealed partial class Parser
{
    private static readonly string[] IndexKindKeywords = ["RANGE", "TEXT", "POINT", "BTREE", "LOOKUP", "FULLTEXT", "VECTOR"];

    /// <summary>Lookahead: CREATE [kind] INDEX | CREATE CONSTRAINT | DROP | SHOW.</summary>
    private bool AtSchemaCommand()
    {
        if (AtKeyword("DROP") || AtKeyword("SHOW"))
        {
            return true;
        }

        if (!AtKeyword("CREATE"))
        {
            return false;
        }

        var next = PeekToken(1);
        return next.IsKeyword("CONSTRAINT") || next.IsKeyword("INDEX") || (IsIndexKind(next) && PeekToken(2).IsKeyword("INDEX"));
    }

    private static bool IsIndexKind(in Token token)
    {
        foreach (var keyword in IndexKindKeywords)
        {
            if (token.IsKeyword(keyword))
            {
                return true;
            }
        }

        return false;
    }

    private Statement ParseSchemaCommand()
    {
        var start = Advance();
        if (start.IsKeyword("SHOW"))
        {
            return ParseShowCommand(start);
        }

        if (start.IsKeyword("DROP"))
        {
            return ParseDropCommand(start);
        }

        if (AcceptKeyword("CONSTRAINT"))
        {
            return ParseCreateConstraint(start);
        }

        if (IsIndexKind(Current))
        {
            Advance();
        }

        ExpectKeyword("INDEX");
        return ParseCreateIndex(start);
    }

    /// <summary>ShowCommand: SHOW [ALL | kind] (CONSTRAINT[S] | INDEX[ES]).</summary>
    private ShowSchemaCommand ParseShowCommand(in Token start)
    {
        if (!AcceptKeyword("ALL") && IsIndexKind(Current))
        {
            Advance();
        }

        bool constraints;
        if (AcceptKeyword("CONSTRAINTS") || AcceptKeyword("CONSTRAINT"))
        {
            constraints = true;
        }
        else if (AcceptKeyword("INDEXES") || AcceptKeyword("INDEX"))
        {
            constraints = false;
        }
        else
        {
            throw Unexpected(SyntaxMessages.OneOf("CONSTRAINTS", "INDEXES"));
        }

        return new ShowSchemaCommand(constraints) { Position = PositionOf(start) };
    }

    /// <summary>DropCommand: DROP (CONSTRAINT | INDEX) Name [IF EXISTS].</summary>
    private DropSchemaCommand ParseDropCommand(in Token start)
    {
        bool constraint;
        if (AcceptKeyword("CONSTRAINT"))
        {
            constraint = true;
        }
        else if (AcceptKeyword("INDEX"))
        {
            constraint = false;
        }
        else
        {
            throw Unexpected(SyntaxMessages.SchemaCommand);
        }

        var name = ParseSymbolicName(SyntaxMessages.Name);
        var ifExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }

        return new DropSchemaCommand(constraint, name, ifExists) { Position = PositionOf(start) };
    }

    /// <summary>
    /// CreateConstraint: CREATE CONSTRAINT [Name] [IF NOT EXISTS] (FOR | ON) SchemaTarget (REQUIRE | ASSERT)
    /// Properties IS (UNIQUE | [NODE | RELATIONSHIP] KEY | NOT NULL) [OPTIONS map].
    /// </summary>
    private CreateSchemaCommand ParseCreateConstraint(in Token start)
    {
        var name = ParseOptionalSchemaName();
        var ifNotExists = ParseIfNotExists();
        if (!AcceptKeyword("FOR"))
        {
            ExpectKeyword("ON");
        }

        var (forRelationship, variable, labelOrType) = ParseSchemaTarget();
        if (!AcceptKeyword("REQUIRE"))
        {
            ExpectKeyword("ASSERT");
        }

        SchemaObjectKind kind;
        AstList<string> properties;
        if (AtKeyword("exists") && PeekToken(1).Kind == TokenKind.LeftParen)
        {
            // Neo4j 4 form: ASSERT exists(n.prop).
            Advance();
            Advance();
            properties = AstList.Of(ParseSchemaProperty(variable));
            Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
            kind = SchemaObjectKind.ExistenceConstraint;
        }
        else
        {
            properties = ParseSchemaProperties(variable, parenthesesRequired: false);
            ExpectKeyword("IS");
            kind = ParseConstraintKind();
        }

        SkipOptions();
        return new CreateSchemaCommand(kind, name, ifNotExists, forRelationship, variable, labelOrType, properties) { Position = PositionOf(start) };
    }

    private SchemaObjectKind ParseConstraintKind()
    {
        if (AcceptKeyword("UNIQUE"))
        {
            return SchemaObjectKind.UniqueConstraint;
        }

        if (AcceptKeyword("NOT"))
        {
            ExpectKeyword("NULL");
            return SchemaObjectKind.ExistenceConstraint;
        }

        if (At(TokenKind.Colon))
        {
            throw ErrorAt(Current, SyntaxMessages.UnsupportedConstraintType);
        }

        if (AcceptKeyword("NODE") || AcceptKeyword("RELATIONSHIP") || AcceptKeyword("REL"))
        {
            if (AcceptKeyword("UNIQUE"))
            {
                return SchemaObjectKind.UniqueConstraint;
            }
        }

        if (AcceptKeyword("KEY"))
        {
            return SchemaObjectKind.NodeKeyConstraint;
        }

        throw Unexpected(SyntaxMessages.ConstraintKind);
    }

    /// <summary>CreateIndex: CREATE [kind] INDEX [Name] [IF NOT EXISTS] FOR SchemaTarget ON ( Property, ... ) [OPTIONS map].</summary>
    private CreateSchemaCommand ParseCreateIndex(in Token start)
    {
        var name = ParseOptionalSchemaName();
        var ifNotExists = ParseIfNotExists();
        ExpectKeyword("FOR");
        var (forRelationship, variable, labelOrType) = ParseSchemaTarget();
        ExpectKeyword("ON");
        var properties = ParseSchemaProperties(variable, parenthesesRequired: true);
        SkipOptions();
        return new CreateSchemaCommand(SchemaObjectKind.Index, name, ifNotExists, forRelationship, variable, labelOrType, properties) { Position = PositionOf(start) };
    }

    /// <summary>A schema object's name, unless the next word is IF, FOR or ON (which continue the command).</summary>
    private string? ParseOptionalSchemaName()
    {
        var token = Current;
        if (token.Kind == TokenKind.EscapedIdentifier
            || (token.Kind == TokenKind.Identifier && !token.IsKeyword("IF") && !token.IsKeyword("FOR") && !token.IsKeyword("ON")))
        {
            return Advance().Text;
        }

        return null;
    }

    private bool ParseIfNotExists()
    {
        if (!AcceptKeyword("IF"))
        {
            return false;
        }

        ExpectKeyword("NOT");
        ExpectKeyword("EXISTS");
        return true;
    }

    /// <summary>SchemaTarget: ( Variable : Label ) | ( ) - [ Variable : TYPE ] - ( ) in any direction.</summary>
    private (bool ForRelationship, string Variable, string LabelOrType) ParseSchemaTarget()
    {
        Expect(TokenKind.LeftParen, SyntaxMessages.NodePattern);
        if (Accept(TokenKind.RightParen))
        {
            if (IsLeftArrowHead(Current.Kind))
            {
                Advance();
            }

            ExpectDash();
            Expect(TokenKind.LeftBracket, SyntaxMessages.Quoted("["));
            var relVariable = ParseSymbolicName(SyntaxMessages.Name);
            Expect(TokenKind.Colon, SyntaxMessages.Quoted(":"));
            var type = ParseSymbolicName(SyntaxMessages.RelationshipTypeName);
            Expect(TokenKind.RightBracket, SyntaxMessages.Quoted("]"));
            ExpectDash();
            if (IsRightArrowHead(Current.Kind))
            {
                Advance();
            }

            Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
            Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
            return (true, relVariable, type);
        }

        var variable = ParseSymbolicName(SyntaxMessages.Name);
        Expect(TokenKind.Colon, SyntaxMessages.Quoted(":"));
        var label = ParseSymbolicName(SyntaxMessages.LabelName);
        Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        return (false, variable, label);
    }

    /// <summary>Properties: Property | ( Property (, Property)* ).</summary>
    private AstList<string> ParseSchemaProperties(string variable, bool parenthesesRequired)
    {
        if (!parenthesesRequired && !At(TokenKind.LeftParen))
        {
            return AstList.Of(ParseSchemaProperty(variable));
        }

        Expect(TokenKind.LeftParen, SyntaxMessages.Quoted("("));
        var properties = new List<string> { ParseSchemaProperty(variable) };
        while (Accept(TokenKind.Comma))
        {
            properties.Add(ParseSchemaProperty(variable));
        }

        Expect(TokenKind.RightParen, SyntaxMessages.Quoted(")"));
        return AstList.From(properties);
    }

    /// <summary>Property: Variable . Key, where the variable is the one declared by the target.</summary>
    private string ParseSchemaProperty(string variable)
    {
        var token = Current;
        var name = ParseSymbolicName(SyntaxMessages.Name);
        if (name != variable)
        {
            throw ErrorAt(token, SyntaxMessages.MixedSchemaVariable);
        }

        Expect(TokenKind.Dot, SyntaxMessages.Quoted("."));
        return ParseSymbolicName(SyntaxMessages.PropertyKeyName);
    }

    /// <summary>OPTIONS { ... }: index/constraint provider settings, which the engine has no use for.</summary>
    private void SkipOptions()
    {
        if (AcceptKeyword("OPTIONS"))
        {
            ParseMapLiteral();
        }
    }
}
