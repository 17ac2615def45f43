using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher.Tests.Syntax;

/// <summary>Shortcuts for parser tests: parse a query and dig out the part under test.</summary>
internal static class ParseHelpers
{
    public static SingleQuery ParseSingle(string query) => CypherParser.Parse(query).ShouldBeOfType<SingleQuery>();

    public static T Clause<T>(string query, int index = 0)
        where T : Clause => ParseSingle(query).Clauses[index].ShouldBeOfType<T>();

    /// <summary>The expression of <c>RETURN &lt;expression&gt;</c>.</summary>
    public static Expression Expr(string expression) =>
        Clause<ReturnClause>("RETURN " + expression).Projection.Items[0].Expression;

    public static CypherException ParseError(string query)
    {
        var error = Should.Throw<CypherException>(() => CypherParser.Parse(query));
        error.Code.ShouldBe(StatusCodes.SyntaxError);
        return error;
    }

    public static Literal Lit(object? value) => new(value);

    public static Variable Var(string name) => new(name);

    public static BinaryExpression Bin(BinaryOperator op, Expression left, Expression right) => new(op, left, right);

    public static PropertyAccess Prop(Expression subject, string key) => new(subject, key);

    public static AstList<T> List<T>(params T[] items) => AstList.Of(items);
}
