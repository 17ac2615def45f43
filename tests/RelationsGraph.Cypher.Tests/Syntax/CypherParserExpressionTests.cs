using RelationsGraph.Cypher.Ast;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class CypherParserExpressionTests
{
    public static TheoryData<string, string> Precedence => new()
    {
        // query expression, equivalent fully parenthesised expression
        { "true OR true XOR true", "true OR (true XOR true)" },
        { "true XOR false AND false", "true XOR (false AND false)" },
        { "NOT true AND false", "(NOT true) AND false" },
        { "NOT false >= false", "NOT (false >= false)" },
        { "true OR false = false", "true OR (false = false)" },
        { "false = true IS NULL", "false = (true IS NULL)" },
        { "NOT false IS NULL", "NOT (false IS NULL)" },
        { "false = true IN [true, false]", "false = (true IN [true, false])" },
        { "NOT true IN [true, false]", "NOT (true IN [true, false])" },
        { "4 * 2 + 3 * 2", "(4 * 2) + (3 * 2)" },
        { "4 ^ 3 * 2 ^ 3", "(4 ^ 3) * (2 ^ 3)" },
        { "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2" },
        { "10 - 3 - 2", "(10 - 3) - 2" },
        { "[1]+2 IN [3]+4", "([1]+2) IN ([3]+4)" },
        { "[1, 2] = [3, 4] IN [[3, 4], false]", "[1, 2] = ([3, 4] IN [[3, 4], false])" },
        { "null IS NULL = null IS NOT NULL", "(null IS NULL) = (null IS NOT NULL)" },
        { "'abc' STARTS WITH null OR true", "('abc' STARTS WITH null) OR true" },
        { "true OR null STARTS WITH 'abc'", "true OR (null STARTS WITH 'abc')" },
        { "a + b[1]", "a + (b[1])" },
        { "-a.b", "-(a.b)" },
        { "n:A AND m:B", "(n:A) AND (m:B)" },
        { "1 + 2 * 3 < 4 AND x", "((1 + (2 * 3)) < 4) AND x" },
    };

    [Theory]
    [MemberData(nameof(Precedence))]
    public void Parse_OperatorPrecedence_MatchesParenthesisedForm(string expression, string parenthesised)
    {
        Expr(expression).ShouldBe(Expr(parenthesised));
    }

    [Fact]
    public void Parse_UnaryMinusBeforePower_BindsTighter()
    {
        Expr("-3 ^ 2").ShouldBe(Bin(BinaryOperator.Power, Lit(-3L), Lit(2L)));
        Expr("-x ^ 2").ShouldBe(Bin(BinaryOperator.Power, new UnaryExpression(UnaryOperator.Negate, Var("x")), Lit(2L)));
    }

    [Fact]
    public void Parse_ChainedComparison_BecomesConjunction()
    {
        Expr("a < b <= c").ShouldBe(Bin(
            BinaryOperator.And,
            Bin(BinaryOperator.LessThan, Var("a"), Var("b")),
            Bin(BinaryOperator.LessThanOrEqual, Var("b"), Var("c"))));
    }

    private static readonly Dictionary<string, Expression> ExpectedAtoms = new()
    {
        ["$name"] = new Parameter("name"),
        ["$0"] = new Parameter("0"),
        ["$`x y`"] = new Parameter("x y"),
        ["`a b`"] = Var("a b"),
        ["`a``b`"] = Var("a`b"),
        ["count(*)"] = new CountStar(),
        ["COUNT ( * )"] = new CountStar(),
        ["count(DISTINCT n)"] = new FunctionCall("count", true, List<Expression>(Var("n"))),
        ["date.truncate('day', d)"] = new FunctionCall("date.truncate", false, List<Expression>(Lit("day"), Var("d"))),
        ["toUpper('a')"] = new FunctionCall("toUpper", false, List<Expression>(Lit("a"))),
        ["exists(n.prop)"] = new FunctionCall("exists", false, List<Expression>(Prop(Var("n"), "prop"))),
        ["n.end"] = Prop(Var("n"), "end"),
        ["n.`a b`.c"] = Prop(Prop(Var("n"), "a b"), "c"),
        ["l[1]"] = new IndexExpression(Var("l"), Lit(1L)),
        ["l[1..]"] = new SliceExpression(Var("l"), Lit(1L), null),
        ["l[..2]"] = new SliceExpression(Var("l"), null, Lit(2L)),
        ["l[1..2]"] = new SliceExpression(Var("l"), Lit(1L), Lit(2L)),
        ["n:A:B"] = new LabelCheck(Var("n"), List("A", "B")),
        ["[1, 'a', null]"] = new ListLiteral(List<Expression>(Lit(1L), Lit("a"), Lit(null))),
        ["[]"] = new ListLiteral(AstList<Expression>.Empty),
        ["{a: 1, `b c`: true}"] = new MapLiteral(List(new MapEntry("a", Lit(1L)), new MapEntry("b c", Lit(true)))),
        ["{}"] = new MapLiteral(AstList<MapEntry>.Empty),
        ["x IS NOT NULL"] = new IsNullExpression(Var("x"), true),
        ["a =~ 'x.*'"] = Bin(BinaryOperator.RegexMatch, Var("a"), Lit("x.*")),
        ["a ENDS WITH 'x'"] = Bin(BinaryOperator.EndsWith, Var("a"), Lit("x")),
        ["a CONTAINS 'x'"] = Bin(BinaryOperator.Contains, Var("a"), Lit("x")),
        ["a <> b"] = Bin(BinaryOperator.NotEqual, Var("a"), Var("b")),
        ["a % b"] = Bin(BinaryOperator.Modulo, Var("a"), Var("b")),
        ["a || b"] = Bin(BinaryOperator.Add, Var("a"), Var("b")),
        ["+a"] = new UnaryExpression(UnaryOperator.Plus, Var("a")),
        ["(a)"] = Var("a"),
        ["[x IN l WHERE x > 1 | x * 2]"] = new ListComprehension("x", Var("l"), Bin(BinaryOperator.GreaterThan, Var("x"), Lit(1L)), Bin(BinaryOperator.Multiply, Var("x"), Lit(2L))),
        ["[x IN l WHERE x:A | x]"] = new ListComprehension("x", Var("l"), new LabelCheck(Var("x"), List("A")), Var("x")),
        ["[x IN l]"] = new ListComprehension("x", Var("l"), null, null),
        ["[x IN l | x]"] = new ListComprehension("x", Var("l"), null, Var("x")),
        ["all(x IN l WHERE x)"] = new QuantifierExpression(QuantifierKind.All, "x", Var("l"), Var("x")),
        ["ANY(x IN l WHERE x)"] = new QuantifierExpression(QuantifierKind.Any, "x", Var("l"), Var("x")),
        ["none(x IN l WHERE x)"] = new QuantifierExpression(QuantifierKind.None, "x", Var("l"), Var("x")),
        ["single(x IN l WHERE x)"] = new QuantifierExpression(QuantifierKind.Single, "x", Var("l"), Var("x")),
        ["reduce(acc = 0, x IN l | acc + x)"] = new ReduceExpression("acc", Lit(0L), "x", Var("l"), Bin(BinaryOperator.Add, Var("acc"), Var("x"))),
        ["CASE WHEN a THEN 1 ELSE 2 END"] = new CaseExpression(null, List(new CaseAlternative(Var("a"), Lit(1L))), Lit(2L)),
        ["CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' END"] = new CaseExpression(Var("x"), List(new CaseAlternative(Lit(1L), Lit("a")), new CaseAlternative(Lit(2L), Lit("b"))), null),
        ["n{.a, b: 1, c, .*}"] = new MapProjection("n", List<MapProjectionItem>(new PropertySelector("a"), new LiteralEntrySelector("b", Lit(1L)), new VariableSelector("c"), new AllPropertiesSelector())),
        ["n {}"] = new MapProjection("n", AstList<MapProjectionItem>.Empty),
    };

    public static TheoryData<string> Atoms => [.. ExpectedAtoms.Keys];

    [Theory]
    [MemberData(nameof(Atoms))]
    public void Parse_Expression_GivesExpectedAst(string expression)
    {
        Expr(expression).ShouldBe(ExpectedAtoms[expression]);
    }

    [Fact]
    public void Parse_PatternInWhere_IsPatternPredicate()
    {
        var where = Clause<MatchClause>("MATCH (a), (b) WHERE (a)-[:KNOWS]->(b) AND NOT (a)<--(:C) RETURN a").Where;

        var and = where.ShouldBeOfType<BinaryExpression>();
        var left = and.Left.ShouldBeOfType<PatternPredicate>();
        left.Pattern.Steps[0].Relationship.Types.ShouldBe(List("KNOWS"));
        var right = and.Right.ShouldBeOfType<UnaryExpression>().Operand.ShouldBeOfType<PatternPredicate>();
        right.Pattern.Steps[0].Relationship.Direction.ShouldBe(RelationshipDirection.Incoming);
        right.Pattern.Steps[0].Node.Labels.ShouldBe(List("C"));
    }

    [Fact]
    public void Parse_ParenthesisedLabelCheck_IsNotAPattern()
    {
        Expr("(n:A)").ShouldBe(new LabelCheck(Var("n"), List("A")));
    }

    [Fact]
    public void Parse_PatternComprehension_GivesPatternAndProjection()
    {
        var comprehension = Expr("[p = (a)-->(b:B) WHERE b.x > 1 | b.name]").ShouldBeOfType<PatternComprehension>();

        comprehension.PathVariable.ShouldBe("p");
        comprehension.Pattern.Start.Variable.ShouldBe("a");
        comprehension.Pattern.Steps.Count.ShouldBe(1);
        comprehension.Where.ShouldNotBeNull();
        comprehension.Projection.ShouldBe(Prop(Var("b"), "name"));
    }

    [Fact]
    public void Parse_ExistsSubqueryWithPattern_GivesPatternAndWhere()
    {
        var subquery = Clause<MatchClause>("MATCH (n) WHERE EXISTS { (n)-->(m) WHERE m.x = 1 } RETURN n").Where.ShouldBeOfType<SubqueryExpression>();

        subquery.Kind.ShouldBe(SubqueryKind.Exists);
        subquery.Pattern.ShouldNotBeNull().Parts.Count.ShouldBe(1);
        subquery.Where.ShouldNotBeNull();
        subquery.Query.ShouldBeNull();
    }

    [Theory]
    [InlineData("COUNT { MATCH (n)-->(m) RETURN m }", "Count")]
    [InlineData("COLLECT { MATCH (n)-->(m) RETURN m.name }", "Collect")]
    [InlineData("EXISTS { MATCH (n)-->(m) }", "Exists")]
    public void Parse_SubqueryWithFullQuery_GivesQuery(string expression, string kind)
    {
        var subquery = Expr(expression).ShouldBeOfType<SubqueryExpression>();

        subquery.Kind.ShouldBe(Enum.Parse<SubqueryKind>(kind));
        subquery.Query.ShouldBeOfType<SingleQuery>().Clauses[0].ShouldBeOfType<MatchClause>();
        subquery.Pattern.ShouldBeNull();
    }

    [Fact]
    public void Parse_ExistsFunctionWithPattern_StaysFunctionCall()
    {
        var call = Clause<MatchClause>("MATCH (n) WHERE exists((n)-->()) RETURN n").Where.ShouldBeOfType<FunctionCall>();

        call.Name.ShouldBe("exists");
        call.Arguments[0].ShouldBeOfType<PatternPredicate>();
    }

    [Theory]
    [InlineData("MATCH (n) RETURN (n)-[]->()")]
    [InlineData("MATCH (n) WITH (n)-[]->() AS x RETURN x")]
    [InlineData("MATCH (n) SET n.prop = head(nodes(head((n)-[:REL]->()))).foo")]
    [InlineData("MATCH (a) RETURN size((a)-->())")]
    public void Parse_PatternExpressionOutsideBooleanContext_IsUnexpectedSyntax(string query)
    {
        ParseError(query).Detail.ShouldBe("UnexpectedSyntax");
    }
}
