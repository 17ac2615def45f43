using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;
using static RelationsGraph.Cypher.Tests.Execution.Expressions.EvaluationKit;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

public sealed class ExpressionEvaluatorMapAndGraphTests
{
    private static readonly NodeEntity Alice = Node(1, ["Person", "Admin"], ("name", "Alice"), ("age", 38L));
    private static readonly NodeEntity Bob = Node(2, ["Person"], ("name", "Bob"));
    private static readonly RelationshipEntity Knows = Relationship(7, "KNOWS", Alice, Bob, ("since", 2001L));

    private static Dictionary<string, object?> Graph() => Vars(("a", Alice), ("b", Bob), ("r", Knows), ("nothing", null));

    [Theory]
    [InlineData("{name: 'Mats', name2: 'Pontus'}.name", "'Mats'")]
    [InlineData("{name: 'Mats', name2: null}.name2", "null")]
    [InlineData("{notName: 0}.name", "null")]
    [InlineData("{a: {b: [1, 2]}}.a.b", "[1, 2]")]
    [InlineData("null.name", "null")]
    public void Evaluate_MapPropertyAccess_ReturnsValueOrNull(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("a.name", "'Alice'")]
    [InlineData("a.missing", "null")]
    [InlineData("r.since", "2001")]
    [InlineData("nothing.name", "null")]
    public void Evaluate_EntityPropertyAccess_ReadsProperties(string expression, string expected) =>
        Show(expression, Graph()).ShouldBe(expected);

    [Theory]
    [InlineData("123")]
    [InlineData("'string'")]
    [InlineData("[123, true]")]
    [InlineData("true")]
    public void Evaluate_PropertyAccessOnScalar_IsTypeError(string subject) =>
        Fails("x.num", Vars(("x", Eval(subject)))).Code.ShouldBe(StatusCodes.TypeError);

    [Fact]
    public void Evaluate_PropertyOfDeletedNode_IsEntityNotFound()
    {
        var deleted = Node(9, [], ("num", 0L));
        deleted.IsDeleted = true;

        var error = Fails("n.num", Vars(("n", deleted)));

        error.Code.ShouldBe(StatusCodes.EntityNotFound);
        error.Detail.ShouldBe("DeletedEntityAccess");
    }

    [Theory]
    [InlineData("{name: 'Mats', Name: 'Pontus'}['name']", "'Mats'")]
    [InlineData("{name: 'Mats', Name: 'Pontus'}['Name']", "'Pontus'")]
    [InlineData("{name: 'Mats', Name: 'Pontus'}['nAMe']", "null")]
    [InlineData("{null: 'Mats', NULL: 'Pontus'}['null']", "'Mats'")]
    [InlineData("{name: 'Mats'}[null]", "null")]
    public void Evaluate_DynamicMapAccess_IsCaseSensitive(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Fact]
    public void Evaluate_DynamicPropertyAccessOnNode_ReadsProperty() =>
        Show("a['na' + 'me']", Graph()).ShouldBe("'Alice'");

    [Theory]
    [InlineData("0")]
    [InlineData("12.3")]
    public void Evaluate_MapIndexedByNonString_IsMapElementAccessByNonString(string index)
    {
        var error = Fails("expr[idx]", parameters: null, variables: Vars(("expr", Eval("{name: 'Apa'}")), ("idx", Eval(index))));

        error.Code.ShouldBe(StatusCodes.TypeError);
        error.Detail.ShouldBe("MapElementAccessByNonString");
    }

    [Theory]
    [InlineData("a:Person", "true")]
    [InlineData("a:Person:Admin", "true")]
    [InlineData("b:Person:Admin", "false")]
    [InlineData("b:Robot", "false")]
    [InlineData("nothing:Person", "null")]
    [InlineData("r:KNOWS", "true")]
    [InlineData("r:LIKES", "false")]
    public void Evaluate_LabelCheck_RequiresEveryLabel(string expression, string expected) =>
        Show(expression, Graph()).ShouldBe(expected);

    [Theory]
    [InlineData("a{.name}", "{name: 'Alice'}")]
    [InlineData("a{.name, .missing}", "{missing: null, name: 'Alice'}")]
    [InlineData("a{.*}", "{age: 38, name: 'Alice'}")]
    [InlineData("a{.*, age: 39}", "{age: 39, name: 'Alice'}")]
    [InlineData("a{label: 'x', b}", "{b: (#2), label: 'x'}")]
    [InlineData("r{.since}", "{since: 2001}")]
    [InlineData("nothing{.name}", "null")]
    public void Evaluate_MapProjectionOnEntities_SelectsEntries(string expression, string expected) =>
        Show(expression, Graph()).ShouldBe(expected);

    [Fact]
    public void Evaluate_MapProjectionOnMap_SelectsEntries() =>
        Show("m{.k, .*, extra: m.k + 1}", Vars(("m", Eval("{k: 1, l: 'x'}")))).ShouldBe("{extra: 2, k: 1, l: 'x'}");

    [Theory]
    [InlineData("{}", "{}")]
    [InlineData("{a: 1, b: [null]}", "{a: 1, b: [null]}")]
    [InlineData("{a: 1 + 1}.a", "2")]
    public void Evaluate_MapLiteral_EvaluatesValues(string expression, string expected) =>
        Show(expression).ShouldBe(expected);

    [Theory]
    [InlineData("-10", "'minus ten'")]
    [InlineData("0", "'zero'")]
    [InlineData("1.0", "'one'")]
    [InlineData("-30", "'something else'")]
    [InlineData("null", "'something else'")]
    public void Evaluate_SimpleCase_UsesEquality(string value, string expected) =>
        Show($"CASE {value} WHEN -10 THEN 'minus ten' WHEN 0 THEN 'zero' WHEN 1 THEN 'one' ELSE 'something else' END").ShouldBe(expected);

    [Theory]
    [InlineData("1", "'small'")]
    [InlineData("50", "'big'")]
    [InlineData("null", "null")]
    public void Evaluate_SearchedCase_TakesFirstTrueBranch(string value, string expected) =>
        Show($"CASE WHEN x < 10 THEN 'small' WHEN x >= 10 THEN 'big' END", Vars(("x", Eval(value)))).ShouldBe(expected);

    [Fact]
    public void Evaluate_Parameter_ReturnsItsValueWithIntsWidened() =>
        Show("$p + 1", parameters: Vars(("p", 41))).ShouldBe("42");

    [Fact]
    public void Evaluate_MissingParameter_IsParameterMissing()
    {
        var error = Fails("$nope");

        error.Code.ShouldBe(StatusCodes.ParameterMissing);
        error.Detail.ShouldBe("MissingParameter");
    }

    [Fact]
    public void Evaluate_UndefinedVariable_IsSyntaxError() =>
        Fails("ghost + 1").Detail.ShouldBe("UndefinedVariable");

    [Fact]
    public void Evaluate_CountStar_IsNeverEvaluatedHere() =>
        Fails("count(*)").Code.ShouldBe(StatusCodes.UnknownError);

    [Fact]
    public void Evaluate_AggregateFunction_IsNeverEvaluatedHere() =>
        Fails("collect(1)").Code.ShouldBe(StatusCodes.UnknownError);

    [Fact]
    public void Evaluate_PatternPredicate_DelegatesToTheContext()
    {
        var context = new TestContext { PatternPredicate = (_, scope) => scope.TryGetValue("a", out var a) && a == (object)Alice };

        var result = Cypher.Execution.Expressions.ExpressionEvaluator.Evaluate(
            new Ast.PatternPredicate(new Ast.PatternElement(new Ast.NodePattern("a", Ast.AstList<string>.Empty, null), Ast.AstList<Ast.PatternStep>.Empty)),
            new DictionaryScope(Graph()),
            context);

        result.ShouldBe(true);
    }

    [Fact]
    public void Evaluate_PatternComprehension_DelegatesToTheContext()
    {
        var context = new TestContext { PatternComprehension = (_, _) => new List<object?> { Boxes.Long(1), Boxes.Long(1) } };

        var result = Cypher.Execution.Expressions.ExpressionEvaluator.Evaluate(
            Parse("size([(a)-->() | 1])"), new DictionaryScope(Graph()), context);

        result.ShouldBe(2L);
    }

    private sealed class DictionaryScope(Dictionary<string, object?> values) : Cypher.Execution.IVariableScope
    {
        public bool TryGetValue(string name, out object? value) => values.TryGetValue(name, out value);
    }
}
