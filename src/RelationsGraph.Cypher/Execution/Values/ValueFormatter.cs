using System.Globalization;
using System.Text;
using RelationsGraph.Cypher.Execution.Functions.Temporal;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Values;

/// <summary>Text forms of engine values: <c>toString()</c> and readable renderings for messages.</summary>
internal static class ValueFormatter
{
    /// <summary>
    /// A float the way Neo4j (Java's <c>Double.toString</c>) writes it: shortest round-trip digits, always a
    /// fractional part, scientific notation outside [1e-3, 1e7), e.g. <c>1.0</c>, <c>2.3</c>, <c>1.0E10</c>.
    /// </summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var negative = value < 0;
        var magnitude = Math.Abs(value);
        var roundTrip = magnitude.ToString("R", CultureInfo.InvariantCulture);

        var exponentAt = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);

        // pointPosition: where the decimal point sits relative to the start of digits.
        var pointPosition = (point < 0 ? mantissa.Length : point) + exponent;
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..];
        pointPosition -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var builder = new StringBuilder(24);
        if (negative)
        {
            builder.Append('-');
        }

        if (magnitude is >= 1e-3 and < 1e7)
        {
            if (pointPosition <= 0)
            {
                builder.Append("0.").Append('0', -pointPosition).Append(digits);
            }
            else if (pointPosition >= digits.Length)
            {
                builder.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
            }
            else
            {
                builder.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
            }
        }
        else
        {
            builder.Append(digits[0]).Append('.');
            builder.Append(digits.Length > 1 ? digits[1..] : "0");
            builder.Append('E').Append((pointPosition - 1).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>
    /// <c>toString()</c> of a scalar: false when the value has no string form (lists, maps, graph elements).
    /// </summary>
    public static bool TryToCypherString(object? value, out string? text)
    {
        switch (value)
        {
            case null:
                text = null;
                return true;
            case string s:
                text = s;
                return true;
            case long l:
                text = l.ToString(CultureInfo.InvariantCulture);
                return true;
            case int i:
                text = i.ToString(CultureInfo.InvariantCulture);
                return true;
            case double d:
                text = FormatFloat(d);
                return true;
            case bool b:
                text = b ? "true" : "false";
                return true;
            default:
                if (TemporalOperations.IsTemporal(value))
                {
                    text = value.ToString();
                    return true;
                }

                text = null;
                return false;
        }
    }

    /// <summary>A readable, Cypher-like rendering of any value, for error messages.</summary>
    public static string Describe(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        if (depth > 8)
        {
            builder.Append("...");
            return;
        }

        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append('\'').Append(s.Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
                break;
            case IReadOnlyList<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list[i], depth + 1);
                }

                builder.Append(']');
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var entry in map)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    builder.Append(entry.Key).Append(": ");
                    Append(builder, entry.Value, depth + 1);
                }

                builder.Append('}');
                break;
            case NodeEntity node:
                builder.Append("(node ").Append(node.Id.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case RelationshipEntity relationship:
                builder.Append("[relationship ").Append(relationship.Id.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            case PathValue path:
                builder.Append("<path of length ").Append(path.Length.ToString(CultureInfo.InvariantCulture)).Append('>');
                break;
            default:
                builder.Append(TryToCypherString(value, out var text) ? text : value.ToString());
                break;
        }
    }
}
