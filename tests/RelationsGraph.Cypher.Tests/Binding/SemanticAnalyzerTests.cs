using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Binding;

namespace RelationsGraph.Cypher.Tests.Binding;

/// <summary>The analyzer over hand-built syntax trees: what it reports about valid statements and where errors point.</summary>
public sealed class SemanticAnalyzerTests
{
    private static readonly SourcePosition At = new(17, 2, 8);

    private static AstList<T> List<T>(params T[] items) => AstList.Of(items);

    private static NodePattern Node(string? variable, params string[] labels) => new(variable, List(labels), null);

    private static PatternPart Part(NodePattern start, params PatternStep[] steps) =>
        new(null, new PatternElement(start, List(steps)), PathSelector.All);

    private static PatternStep Step(string? relationship, string type, NodePattern node) =>
        new(new RelationshipPattern(relationship, List(type), RelationshipDirection.Outgoing, null, null), node);

    private static MatchClause Match(params PatternPart[] parts) => new(false, new Pattern(List(parts)), null);

    private static ReturnClause Return(params ProjectionItem[] items) =>
        new(new Projection(false, false, List(items), null, null, null));

    private static ProjectionItem Item(Expression expression, string name) => new(expression, null, name);

    private static AnalyzedStatement Analyze(params Clause[] clauses) =>
        SemanticAnalyzer.Analyze(new SingleQuery(List(clauses)), TestProcedureCatalog.Empty);

    [Fact]
    public void Analyze_ReadQuery_ReportsColumnsAndNoWrite()
    {
        var result = Analyze(
            Match(Part(Node("a", "Person"), Step("r", "KNOWS", Node("b")))),
            Return(Item(new Variable("a"), "a"), Item(new PropertyAccess(new Variable("r"), "since"), "r.since")));

        result.IsWrite.ShouldBeFalse();
        result.Columns.ShouldBe(["a", "r.since"]);
    }

    [Fact]
    public void Analyze_CreateClause_IsWrite()
    {
        var result = Analyze(new CreateClause(new Pattern(List(Part(Node("a", "Person"))))));

        result.IsWrite.ShouldBeTrue();
        result.Columns.ShouldBeEmpty();
    }

    [Fact]
    public void Analyze_ParametersAnywhere_AreListed()
    {
        var where = new BinaryExpression(BinaryOperator.Equal, new PropertyAccess(new Variable("a"), "name"), new Parameter("name"));
        var result = Analyze(
            new MatchClause(false, new Pattern(List(Part(Node("a")))), where),
            Return(Item(new Parameter("extra"), "$extra")));

        result.Parameters.ShouldBe(["name", "extra"], ignoreOrder: true);
    }

    [Fact]
    public void Analyze_UnknownVariable_RaisesSyntaxErrorAtItsPosition()
    {
        var error = Should.Throw<CypherException>(() =>
            Analyze(Match(Part(Node("a"))), Return(Item(new Variable("b") { Position = At }, "b"))));

        error.Code.ShouldBe(StatusCodes.SyntaxError);
        error.Detail.ShouldBe("UndefinedVariable");
        error.Line.ShouldBe(2);
        error.Column.ShouldBe(8);
        error.Offset.ShouldBe(17);
        error.Message.ShouldContain("`b`");
    }

    [Fact]
    public void Analyze_RelationshipReusedAsNode_RaisesVariableTypeConflict()
    {
        var error = Should.Throw<CypherException>(() => Analyze(
            Match(Part(Node(null), Step("r", "T", Node(null)))),
            Match(Part(Node("r"))),
            Return(Item(new Variable("r"), "r"))));

        error.Detail.ShouldBe("VariableTypeConflict");
    }

    [Fact]
    public void Analyze_UnknownProcedure_RaisesProcedureNotFound()
    {
        var call = new CallProcedureClause("no.such.proc", List<Expression>(), null, false, null);

        var error = Should.Throw<CypherException>(() => Analyze(call));

        error.Code.ShouldBe(StatusCodes.ProcedureNotFound);
        error.Detail.ShouldBe("ProcedureNotFound");
    }

    [Fact]
    public void Analyze_StandaloneProcedureCall_ReturnsItsOutputsAndNeedsImplicitArguments()
    {
        var catalog = new TestProcedureCatalog(["test.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, code :: INTEGER?)"]);
        var call = new CallProcedureClause("test.proc", null, null, false, null);

        var result = SemanticAnalyzer.Analyze(new SingleQuery(List<Clause>(call)), catalog);

        result.Columns.ShouldBe(["city", "code"]);
        result.Parameters.ShouldBe(["name", "id"], ignoreOrder: true);
    }

    [Fact]
    public void Analyze_SchemaCommand_IsWrite()
    {
        var command = new CreateSchemaCommand(SchemaObjectKind.Index, null, false, false, "n", "Person", List("name"));

        SemanticAnalyzer.Analyze(command, TestProcedureCatalog.Empty).IsWrite.ShouldBeTrue();
    }
}
