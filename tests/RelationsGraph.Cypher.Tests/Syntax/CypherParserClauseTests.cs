using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Syntax;
using static RelationsGraph.Cypher.Tests.Syntax.ParseHelpers;

namespace RelationsGraph.Cypher.Tests.Syntax;

public sealed class CypherParserClauseTests
{
    [Fact]
    public void Parse_MatchWhereReturn_GivesThreeParts()
    {
        var query = ParseSingle("MATCH (n:Person) WHERE n.age > 30 RETURN n.name");

        var match = query.Clauses[0].ShouldBeOfType<MatchClause>();
        match.Optional.ShouldBeFalse();
        match.Pattern.Parts[0].Element.Start.ShouldBe(new NodePattern("n", List("Person"), null));
        match.Where.ShouldBe(Bin(BinaryOperator.GreaterThan, Prop(Var("n"), "age"), Lit(30L)));
        var item = query.Clauses[1].ShouldBeOfType<ReturnClause>().Projection.Items[0];
        item.Name.ShouldBe("n.name");
        item.Alias.ShouldBeNull();
    }

    [Theory]
    [InlineData("match (n) return n")]
    [InlineData("MaTcH (n) ReTuRn n;")]
    [InlineData("MATCH (n)\n// a comment\nRETURN /* inline */ n ;")]
    [InlineData("\u00A0MATCH\u2003(n)\u3000RETURN\tn")]
    public void Parse_KeywordCaseCommentsAndSpaces_AreIgnored(string query)
    {
        CypherParser.Parse(query).ShouldBe(CypherParser.Parse("MATCH (n) RETURN n"));
    }

    [Theory]
    [InlineData("MATCH (n:A) USING INDEX n:A(p) WHERE n.p = 1 RETURN n")]
    [InlineData("MATCH (n:A) USING SCAN n:A USING JOIN ON n WHERE n.p = 1 RETURN n")]
    public void Parse_PlannerHints_AreDropped(string query)
    {
        CypherParser.Parse(query).ShouldBe(CypherParser.Parse("MATCH (n:A) WHERE n.p = 1 RETURN n"));
    }

    [Fact]
    public void Parse_EndAsVariable_IsAllowed()
    {
        Clause<ReturnClause>("MATCH (start)-->(end) RETURN end", 1).Projection.Items[0].Expression.ShouldBe(Var("end"));
    }

    [Fact]
    public void Parse_OptionalMatch_SetsOptional()
    {
        Clause<MatchClause>("OPTIONAL MATCH (n) RETURN n").Optional.ShouldBeTrue();
    }

    [Theory]
    [InlineData("RETURN n.name, count( * )", new[] { "n.name", "count( * )" })]
    [InlineData("RETURN a AS x, b+1", new[] { "x", "b+1" })]
    [InlineData("RETURN  toUpper( 'x' ) /* c */ ", new[] { "toUpper( 'x' )" })]
    [InlineData("RETURN `a b`", new[] { "`a b`" })]
    [InlineData("RETURN 1 AS `my col`", new[] { "my col" })]
    public void Parse_ProjectionItem_NamesColumnBySourceTextOrAlias(string query, string[] names)
    {
        Clause<ReturnClause>(query).Projection.Items.Select(i => i.Name).ShouldBe(names);
    }

    [Fact]
    public void Parse_ReturnWithAllModifiers_FillsProjection()
    {
        var projection = Clause<ReturnClause>("RETURN DISTINCT *, a ORDER BY a DESC, b ASCENDING, c SKIP 1 LIMIT $l").Projection;

        projection.Distinct.ShouldBeTrue();
        projection.IncludeExisting.ShouldBeTrue();
        projection.Items.Count.ShouldBe(1);
        projection.OrderBy.ShouldBe(List(new SortItem(Var("a"), true), new SortItem(Var("b"), false), new SortItem(Var("c"), false)));
        projection.Skip.ShouldBe(Lit(1L));
        projection.Limit.ShouldBe(new Parameter("l"));
    }

    [Fact]
    public void Parse_Offset_IsSkip()
    {
        Clause<ReturnClause>("RETURN 1 OFFSET 2").Projection.Skip.ShouldBe(Lit(2L));
    }

    [Fact]
    public void Parse_WithWhere_KeepsBoth()
    {
        var with = Clause<WithClause>("WITH a, b AS c WHERE c > 1 RETURN c");

        with.Projection.Items.Select(i => i.Name).ShouldBe(["a", "c"]);
        with.Where.ShouldBe(Bin(BinaryOperator.GreaterThan, Var("c"), Lit(1L)));
    }

    [Fact]
    public void Parse_Unwind_GivesExpressionAndVariable()
    {
        Clause<UnwindClause>("UNWIND [1, 2] AS x RETURN x").ShouldBe(new UnwindClause(new ListLiteral(List<Expression>(Lit(1L), Lit(2L))), "x"));
    }

    [Fact]
    public void Parse_MergeWithActions_CollectsOnCreateAndOnMatchInAnyOrder()
    {
        var merge = Clause<MergeClause>("MERGE (n:A {id: 1}) ON MATCH SET n.seen = true ON CREATE SET n.c = 1, n:New ON MATCH SET n += {x: 1}");

        merge.OnCreate.Count.ShouldBe(2);
        merge.OnCreate[1].ShouldBe(new SetLabelsItem("n", List("New")));
        merge.OnMatch.Count.ShouldBe(2);
        merge.OnMatch[1].ShouldBe(new SetVariableItem("n", new MapLiteral(List(new MapEntry("x", Lit(1L)))), true));
    }

    [Fact]
    public void Parse_SetItems_CoverEveryForm()
    {
        var set = Clause<SetClause>("MATCH (n) SET n.p = 1, n = {a: 1}, n += $m, n:L:M, (n).q = 2, n.a.b = 3", 1);

        set.Items.ShouldBe(List<SetItem>(
            new SetPropertyItem(Prop(Var("n"), "p"), Lit(1L)),
            new SetVariableItem("n", new MapLiteral(List(new MapEntry("a", Lit(1L)))), false),
            new SetVariableItem("n", new Parameter("m"), true),
            new SetLabelsItem("n", List("L", "M")),
            new SetPropertyItem(Prop(Var("n"), "q"), Lit(2L)),
            new SetPropertyItem(Prop(Prop(Var("n"), "a"), "b"), Lit(3L))));
    }

    [Fact]
    public void Parse_RemoveItems_CoverPropertiesAndLabels()
    {
        Clause<RemoveClause>("MATCH (n) REMOVE n.p, n:L:M", 1).Items.ShouldBe(List<RemoveItem>(
            new RemovePropertyItem(Prop(Var("n"), "p")),
            new RemoveLabelsItem("n", List("L", "M"))));
    }

    [Theory]
    [InlineData("MATCH (n) DELETE n", false)]
    [InlineData("MATCH (n) DETACH DELETE n", true)]
    public void Parse_Delete_SetsDetach(string query, bool detach)
    {
        Clause<DeleteClause>(query, 1).Detach.ShouldBe(detach);
    }

    [Fact]
    public void Parse_DeleteOfExpressions_KeepsAllTargets()
    {
        Clause<DeleteClause>("MATCH p = ()-->() DELETE nodes(p)[0], p", 1).Targets.Count.ShouldBe(2);
    }

    [Fact]
    public void Parse_Foreach_GivesVariableListAndUpdates()
    {
        var foreach_ = Clause<ForeachClause>("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) SET x.a = 1)");

        foreach_.Variable.ShouldBe("x");
        foreach_.Updates.Count.ShouldBe(2);
        foreach_.Updates[0].ShouldBeOfType<CreateClause>();
    }

    [Fact]
    public void Parse_CallSubquery_ClassicForm()
    {
        var call = Clause<CallSubqueryClause>("CALL { MATCH (n) RETURN n } RETURN n");

        call.ImportedVariables.ShouldBeNull();
        call.ImportAll.ShouldBeFalse();
        call.Optional.ShouldBeFalse();
        call.Body.ShouldBeOfType<SingleQuery>().Clauses.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("WITH 1 AS a, 2 AS b CALL (a, b) { RETURN a + b AS c } RETURN c", new[] { "a", "b" }, false)]
    [InlineData("WITH 1 AS a CALL (*) { RETURN a AS c } RETURN c", new string[0], true)]
    [InlineData("CALL () { RETURN 1 AS c } RETURN c", new string[0], false)]
    public void Parse_CallSubquery_ScopedForm(string query, string[] imported, bool all)
    {
        var call = ParseSingle(query).Clauses.OfType<CallSubqueryClause>().Single();

        call.ImportedVariables.ShouldNotBeNull().ShouldBe(imported);
        call.ImportAll.ShouldBe(all);
    }

    [Fact]
    public void Parse_OptionalCall_SetsOptional()
    {
        ParseSingle("MATCH (n) OPTIONAL CALL (n) { MATCH (n)-->(m) RETURN m } RETURN m").Clauses[1]
            .ShouldBeOfType<CallSubqueryClause>().Optional.ShouldBeTrue();
    }

    [Fact]
    public void Parse_SubqueryWithUnion_KeepsUnionInBody()
    {
        Clause<CallSubqueryClause>("CALL { RETURN 1 AS x UNION RETURN 2 AS x } RETURN x").Body.ShouldBeOfType<UnionQuery>();
    }

    [Fact]
    public void Parse_ProcedureCallWithoutParentheses_HasNullArguments()
    {
        var call = Clause<CallProcedureClause>("CALL db.labels");

        call.QualifiedName.ShouldBe("db.labels");
        call.Arguments.ShouldBeNull();
        call.YieldItems.ShouldBeNull();
    }

    [Fact]
    public void Parse_ProcedureCallWithYield_GivesItemsAndWhere()
    {
        var call = Clause<CallProcedureClause>("CALL test.my.proc('a', 1) YIELD out AS o, other WHERE o > 1 RETURN o");

        call.QualifiedName.ShouldBe("test.my.proc");
        call.Arguments.ShouldBe(List<Expression>(Lit("a"), Lit(1L)));
        call.YieldItems.ShouldBe(List(new YieldItem("out", "o"), new YieldItem("other", null)));
        call.Where.ShouldNotBeNull();
    }

    [Fact]
    public void Parse_StandaloneYieldStar_IsAllowed()
    {
        Clause<CallProcedureClause>("CALL db.labels() YIELD *").YieldAll.ShouldBeTrue();
    }

    [Fact]
    public void Parse_YieldStarFollowedByClauses_IsUnexpectedSyntax()
    {
        ParseError("CALL test.my.proc('Stefan', 1) YIELD * RETURN city").Detail.ShouldBe("UnexpectedSyntax");
    }

    [Fact]
    public void Parse_UnionChain_NestsToTheLeft()
    {
        var union = CypherParser.Parse("RETURN 1 AS x UNION ALL RETURN 2 AS x UNION RETURN 3 AS x").ShouldBeOfType<UnionQuery>();

        union.All.ShouldBeFalse();
        union.Left.ShouldBeOfType<UnionQuery>().All.ShouldBeTrue();
    }
}
