using System.Globalization;
using System.Text;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Values;

namespace RelationsGraph.IntegrationTests.Support;

/// <summary>
/// A text form of a value that two stores must agree on: entities by labels/type and properties (never by id,
/// which each store assigns itself), maps by sorted key, floats to 12 significant digits, temporals by type and text.
/// </summary>
internal static class CanonicalValue
{
    public static string Of(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>Rows as a sorted list of canonical texts: row order is only compared where the query fixes it completely.</summary>
    public static IReadOnlyList<string> RowsOf(QueryResult result, bool ordered)
    {
        var rows = result.Rows.Select(r => string.Join(" | ", r.Select(Of))).ToList();
        return ordered ? rows : rows.Order(StringComparer.Ordinal).ToList();
    }

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long or int:
                sb.Append("i:").Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append("f:").Append(d.ToString("G12", CultureInfo.InvariantCulture));
                break;
            case string s:
                sb.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case Node node:
                sb.Append("(:").Append(string.Join(":", node.Labels.Order(StringComparer.Ordinal))).Append(' ');
                Append(sb, node.Properties);
                sb.Append(')');
                break;
            case Relationship relationship:
                sb.Append("[:").Append(relationship.Type).Append(' ');
                Append(sb, relationship.Properties);
                sb.Append(']');
                break;
            case GraphPath path:
                Append(sb, path.Nodes[0]);
                for (var i = 0; i < path.Relationships.Count; i++)
                {
                    var forward = path.Relationships[i].StartNodeElementId == path.Nodes[i].ElementId;
                    sb.Append(forward ? "-" : "<-");
                    Append(sb, path.Relationships[i]);
                    sb.Append(forward ? "->" : "-");
                    Append(sb, path.Nodes[i + 1]);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                sb.Append('{');
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    sb.Append(key).Append(':');
                    Append(sb, map[key]);
                    sb.Append(',');
                }

                sb.Append('}');
                break;
            case IEnumerable<object?> list:
                sb.Append('[');
                foreach (var item in list)
                {
                    Append(sb, item);
                    sb.Append(',');
                }

                sb.Append(']');
                break;
            default:
                sb.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }
}
