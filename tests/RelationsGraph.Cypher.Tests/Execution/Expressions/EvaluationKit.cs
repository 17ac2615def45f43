using System.Globalization;
using System.Text;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher.Tests.Execution.Expressions;

/// <summary>
/// Evaluates Cypher expression text (parsed as <c>RETURN expr</c>) against fixed variables and parameters,
/// and renders results as typed text so tests can state expectations as Cypher literals.
/// </summary>
internal static class EvaluationKit
{
    public static object? Eval(string expression, IReadOnlyDictionary<string, object?>? variables = null, IReadOnlyDictionary<string, object?>? parameters = null) =>
        ExpressionEvaluator.Evaluate(Parse(expression), new TestScope(variables), new TestContext(parameters));

    /// <summary>The result rendered: integers bare, floats always with a point, strings quoted.</summary>
    public static string Show(string expression, IReadOnlyDictionary<string, object?>? variables = null, IReadOnlyDictionary<string, object?>? parameters = null) =>
        Render(Eval(expression, variables, parameters));

    public static CypherException Fails(string expression, IReadOnlyDictionary<string, object?>? variables = null, IReadOnlyDictionary<string, object?>? parameters = null) =>
        Should.Throw<CypherException>(() => Eval(expression, variables, parameters));

    public static Expression Parse(string expression)
    {
        var query = (SingleQuery)CypherParser.Parse("RETURN " + expression);
        return ((ReturnClause)query.Clauses[^1]).Projection.Items[0].Expression;
    }

    public static Dictionary<string, object?> Vars(params (string Name, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in entries)
        {
            map[name] = value;
        }

        return map;
    }

    public static NodeEntity Node(long id, string[] labels, params (string Key, object? Value)[] properties)
    {
        var node = new NodeEntity(id);
        node.SetLabels(labels);
        foreach (var (key, value) in properties)
        {
            node.Properties.Set(key, value);
        }

        return node;
    }

    public static RelationshipEntity Relationship(long id, string type, NodeEntity start, NodeEntity end, params (string Key, object? Value)[] properties)
    {
        var relationship = new RelationshipEntity(id, type, start, end);
        foreach (var (key, value) in properties)
        {
            relationship.Properties.Set(key, value);
        }

        return relationship;
    }

    public static string Render(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case long l:
                builder.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                builder.Append(text);
                if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal) && !double.IsNaN(d) && !double.IsInfinity(d))
                {
                    builder.Append(".0");
                }

                break;
            case string s:
                builder.Append('\'').Append(s).Append('\'');
                break;
            case IReadOnlyList<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list[i]);
                }

                builder.Append(']');
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    builder.Append(key).Append(": ");
                    Append(builder, map[key]);
                }

                builder.Append('}');
                break;
            case NodeEntity node:
                builder.Append("(#").Append(node.Id).Append(')');
                break;
            case RelationshipEntity relationship:
                builder.Append("[#").Append(relationship.Id).Append(']');
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private sealed class TestScope(IReadOnlyDictionary<string, object?>? variables) : IVariableScope
    {
        public bool TryGetValue(string name, out object? value)
        {
            value = null;
            return variables is not null && variables.TryGetValue(name, out value);
        }
    }
}
