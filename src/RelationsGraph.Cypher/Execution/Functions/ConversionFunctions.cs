using System.Globalization;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>toBoolean(), toInteger(), toFloat(), toString(), their OrNull and List variants, valueType().</summary>
internal static class ConversionFunctions
{
    public static object? ToBoolean(object?[] args, IEvaluationContext context) =>
        TryToBoolean(args[0], out var result)
            ? result
            : throw EvaluationErrors.FunctionArgumentType("toBoolean", "a String, Integer or Boolean", args[0]);

    public static object? ToBooleanOrNull(object?[] args, IEvaluationContext context) =>
        TryToBoolean(args[0], out var result) ? result : null;

    public static object? ToInteger(object?[] args, IEvaluationContext context) =>
        TryToInteger(args[0], out var result)
            ? result
            : throw EvaluationErrors.FunctionArgumentType("toInteger", "a String, Float, Integer or Boolean", args[0]);

    public static object? ToIntegerOrNull(object?[] args, IEvaluationContext context) =>
        TryToInteger(args[0], out var result) ? result : null;

    public static object? ToFloat(object?[] args, IEvaluationContext context) =>
        TryToFloat(args[0], out var result)
            ? result
            : throw EvaluationErrors.FunctionArgumentType("toFloat", "a String, Float or Integer", args[0]);

    public static object? ToFloatOrNull(object?[] args, IEvaluationContext context) =>
        TryToFloat(args[0], out var result) ? result : null;

    public static object? ToStringFunction(object?[] args, IEvaluationContext context) =>
        ValueFormatter.TryToCypherString(args[0], out var text)
            ? text
            : throw EvaluationErrors.FunctionArgumentType("toString", "a String, Number, Boolean or temporal value", args[0]);

    public static object? ToStringOrNull(object?[] args, IEvaluationContext context) =>
        ValueFormatter.TryToCypherString(args[0], out var text) ? text : null;

    public static object? ToBooleanList(object?[] args, IEvaluationContext context) =>
        ConvertList("toBooleanList", args[0], static v => TryToBoolean(v, out var r) ? r : null);

    public static object? ToIntegerList(object?[] args, IEvaluationContext context) =>
        ConvertList("toIntegerList", args[0], static v => TryToInteger(v, out var r) ? r : null);

    public static object? ToFloatList(object?[] args, IEvaluationContext context) =>
        ConvertList("toFloatList", args[0], static v => TryToFloat(v, out var r) ? r : null);

    public static object? ToStringList(object?[] args, IEvaluationContext context) =>
        ConvertList("toStringList", args[0], static v => ValueFormatter.TryToCypherString(v, out var r) ? r : null);

    public static object? ValueType(object?[] args, IEvaluationContext context) => CypherTypes.ValueType(args[0]);

    /// <summary>Conversion to boolean: true with a (possibly null) result, false when the type cannot convert.</summary>
    public static bool TryToBoolean(object? value, out object? result)
    {
        switch (value)
        {
            case null:
                result = null;
                return true;
            case bool:
                result = value;
                return true;
            case long l:
                result = Boxes.Bool(l != 0);
                return true;
            case string s:
                var trimmed = s.Trim();
                result = trimmed.Equals("true", StringComparison.OrdinalIgnoreCase) ? Boxes.True
                    : trimmed.Equals("false", StringComparison.OrdinalIgnoreCase) ? Boxes.False
                    : null;
                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <summary>Conversion to integer: floats truncate, unparsable strings give null.</summary>
    public static bool TryToInteger(object? value, out object? result)
    {
        switch (value)
        {
            case null:
                result = null;
                return true;
            case long:
                result = value;
                return true;
            case double d:
                result = Boxes.Long(Truncate(d));
                return true;
            case bool b:
                result = Boxes.Long(b ? 1 : 0);
                return true;
            case string s:
                if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    result = Boxes.Long(parsed);
                }
                else if (TryParseFloat(s, out var parsedFloat))
                {
                    result = Boxes.Long(Truncate(parsedFloat));
                }
                else
                {
                    result = null;
                }

                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <summary>Conversion to float: integers widen, unparsable strings give null.</summary>
    public static bool TryToFloat(object? value, out object? result)
    {
        switch (value)
        {
            case null:
                result = null;
                return true;
            case double:
                result = value;
                return true;
            case long l:
                result = (double)l;
                return true;
            case string s:
                result = TryParseFloat(s, out var parsed) ? parsed : null;
                return true;
            default:
                result = null;
                return false;
        }
    }

    private static bool TryParseFloat(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    // Like Java's (long) cast, which Neo4j uses: NaN is 0 and out-of-range values saturate.
    private static long Truncate(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        if (value >= 9.223372036854775807E18)
        {
            return long.MaxValue;
        }

        if (value <= -9.223372036854775808E18)
        {
            return long.MinValue;
        }

        return (long)value;
    }

    private static List<object?>? ConvertList(string function, object? value, Func<object?, object?> convert)
    {
        var list = FunctionArguments.List(function, value);
        if (list is null)
        {
            return null;
        }

        var result = new List<object?>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            result.Add(convert(list[i]));
        }

        return result;
    }
}
