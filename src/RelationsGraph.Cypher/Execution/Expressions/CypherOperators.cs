using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using RelationsGraph.Cypher.Execution.Functions.Temporal;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>Cypher's operators over evaluated operands (null in, null out unless stated).</summary>
internal static class CypherOperators
{
    private const int RegexCacheLimit = 256;
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, Regex> RegexCache = new(StringComparer.Ordinal);

    public static object? Add(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (left is long a && right is long b)
        {
            var sum = unchecked(a + b);
            if (((a ^ sum) & (b ^ sum)) < 0)
            {
                throw EvaluationErrors.IntegerOverflow();
            }

            return Boxes.Long(sum);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) + ToDouble(right);
        }

        // List concatenation comes before string concatenation: 'a' + ['b'] is a list.
        if (left is IReadOnlyList<object?> leftList)
        {
            var result = new List<object?>(leftList.Count + (right is IReadOnlyList<object?> rl ? rl.Count : 1));
            AddAll(result, leftList);
            if (right is IReadOnlyList<object?> rightList)
            {
                AddAll(result, rightList);
            }
            else
            {
                result.Add(right);
            }

            return result;
        }

        if (right is IReadOnlyList<object?> list)
        {
            var result = new List<object?>(list.Count + 1) { left };
            AddAll(result, list);
            return result;
        }

        if (left is string ls && IsConcatenable(right))
        {
            return string.Concat(ls, ConcatText(right));
        }

        if (right is string rs && IsConcatenable(left))
        {
            return string.Concat(ConcatText(left), rs);
        }

        if (TemporalOperations.TryAdd(left, right, out var temporal))
        {
            return temporal;
        }

        throw EvaluationErrors.OperatorTypeMismatch("add", left, right);
    }

    public static object? Subtract(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (left is long a && right is long b)
        {
            var difference = unchecked(a - b);
            if (((a ^ b) & (a ^ difference)) < 0)
            {
                throw EvaluationErrors.IntegerOverflow();
            }

            return Boxes.Long(difference);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) - ToDouble(right);
        }

        if (TemporalOperations.TrySubtract(left, right, out var temporal))
        {
            return temporal;
        }

        throw EvaluationErrors.OperatorTypeMismatch("subtract", left, right);
    }

    public static object? Multiply(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (left is long a && right is long b)
        {
            var high = Math.BigMul(a, b, out var low);
            if (high != (low >> 63))
            {
                throw EvaluationErrors.IntegerOverflow();
            }

            return Boxes.Long(low);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) * ToDouble(right);
        }

        if (TemporalOperations.TryMultiply(left, right, out var temporal))
        {
            return temporal;
        }

        throw EvaluationErrors.OperatorTypeMismatch("multiply", left, right);
    }

    public static object? Divide(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (left is long a && right is long b)
        {
            if (b == 0)
            {
                throw EvaluationErrors.DivisionByZero();
            }

            if (a == long.MinValue && b == -1)
            {
                throw EvaluationErrors.IntegerOverflow();
            }

            return Boxes.Long(a / b);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) / ToDouble(right);
        }

        if (TemporalOperations.TryDivide(left, right, out var temporal))
        {
            return temporal;
        }

        throw EvaluationErrors.OperatorTypeMismatch("divide", left, right);
    }

    public static object? Modulo(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (left is long a && right is long b)
        {
            if (b == 0)
            {
                throw EvaluationErrors.DivisionByZero();
            }

            // long.MinValue % -1 overflows in .NET; mathematically (and in Java) it is 0.
            return b == -1 ? Boxes.Long(0) : Boxes.Long(a % b);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return ToDouble(left) % ToDouble(right);
        }

        throw EvaluationErrors.OperatorTypeMismatch("compute the modulus of", left, right);
    }

    public static object? Power(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return Math.Pow(ToDouble(left), ToDouble(right));
        }

        throw EvaluationErrors.OperatorTypeMismatch("raise", left, right);
    }

    public static object? Negate(object? operand)
    {
        switch (operand)
        {
            case null:
                return null;
            case long l:
                if (l == long.MinValue)
                {
                    throw EvaluationErrors.IntegerOverflow();
                }

                return Boxes.Long(-l);
            case double d:
                return -d;
            default:
                if (TemporalOperations.TryMultiply(operand, Boxes.Long(-1), out var negated))
                {
                    return negated;
                }

                throw EvaluationErrors.UnaryTypeMismatch("negate", operand);
        }
    }

    public static object? UnaryPlus(object? operand)
    {
        if (operand is null or long or double || TemporalOperations.IsTemporal(operand))
        {
            return operand;
        }

        throw EvaluationErrors.UnaryTypeMismatch("apply unary plus to", operand);
    }

    public static object? Not(object? operand) => operand switch
    {
        null => null,
        bool b => b ? Boxes.False : Boxes.True,
        _ => throw EvaluationErrors.NotBoolean(operand),
    };

    public static object? Xor(object? left, object? right)
    {
        var l = AsBoolean(left);
        var r = AsBoolean(right);
        return l is null || r is null ? null : Boxes.Bool(l.Value != r.Value);
    }

    /// <summary>Three-valued truth of an operand of AND/OR/XOR/NOT: a non-boolean is a type error.</summary>
    public static bool? AsBoolean(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw EvaluationErrors.NotBoolean(value),
    };

    public static object? Equal(object? left, object? right)
    {
        // Fast paths for the common property-against-literal cases.
        if (left is long a && right is long b)
        {
            return Boxes.Bool(a == b);
        }

        if (left is string s && right is string t)
        {
            return Boxes.Bool(string.Equals(s, t, StringComparison.Ordinal));
        }

        return Boxes.Bool(CypherComparer.Equal(left, right));
    }

    public static object? NotEqual(object? left, object? right)
    {
        var equal = CypherComparer.Equal(left, right);
        return equal is null ? null : Boxes.Bool(!equal.Value);
    }

    public static object? LessThan(object? left, object? right) => Comparison(ComparisonKind.LessThan, left, right);

    public static object? LessThanOrEqual(object? left, object? right) => Comparison(ComparisonKind.LessThanOrEqual, left, right);

    public static object? GreaterThan(object? left, object? right) => Comparison(ComparisonKind.GreaterThan, left, right);

    public static object? GreaterThanOrEqual(object? left, object? right) => Comparison(ComparisonKind.GreaterThanOrEqual, left, right);

    public static object? StartsWith(object? left, object? right) =>
        left is string l && right is string r ? Boxes.Bool(l.StartsWith(r, StringComparison.Ordinal)) : null;

    public static object? EndsWith(object? left, object? right) =>
        left is string l && right is string r ? Boxes.Bool(l.EndsWith(r, StringComparison.Ordinal)) : null;

    public static object? Contains(object? left, object? right) =>
        left is string l && right is string r ? Boxes.Bool(l.Contains(r, StringComparison.Ordinal)) : null;

    /// <summary><c>=~</c>: the whole string must match.</summary>
    public static object? RegexMatch(object? left, object? right)
    {
        if (left is not string text || right is not string pattern)
        {
            return null;
        }

        var regex = GetRegex(pattern);
        try
        {
            return Boxes.Bool(regex.IsMatch(text));
        }
        catch (RegexMatchTimeoutException)
        {
            throw EvaluationErrors.RegexTimeout(pattern);
        }
    }

    /// <summary><c>x IN list</c>: true on a match; otherwise null if some comparison was unknown.</summary>
    public static object? In(object? value, object? list)
    {
        if (list is null)
        {
            return null;
        }

        if (list is not IReadOnlyList<object?> items)
        {
            throw EvaluationErrors.NotAList("IN", list);
        }

        var unknown = false;
        for (var i = 0; i < items.Count; i++)
        {
            var equal = CypherComparer.Equal(value, items[i]);
            if (equal == true)
            {
                return Boxes.True;
            }

            if (equal is null)
            {
                unknown = true;
            }
        }

        return unknown ? null : Boxes.False;
    }

    /// <summary>
    /// &lt;, &lt;=, &gt;, &gt;=: NaN against a number is false (not null); anything incomparable is null.
    /// </summary>
    private static object? Comparison(ComparisonKind kind, object? left, object? right)
    {
        int comparison;
        if (left is long a && right is long b)
        {
            comparison = a.CompareTo(b);
        }
        else
        {
            if (left is null || right is null)
            {
                return null;
            }

            var result = CypherComparer.Compare(left, right);
            if (result is null)
            {
                return IsNaNAgainstNumber(left, right) ? Boxes.False : null;
            }

            comparison = result.Value;
        }

        return kind switch
        {
            ComparisonKind.LessThan => Boxes.Bool(comparison < 0),
            ComparisonKind.LessThanOrEqual => Boxes.Bool(comparison <= 0),
            ComparisonKind.GreaterThan => Boxes.Bool(comparison > 0),
            _ => Boxes.Bool(comparison >= 0),
        };
    }

    public static bool IsNumber(object? value) => value is long or double;

    public static double ToDouble(object value) => value is long l ? l : (double)value;

    private static bool IsNaNAgainstNumber(object left, object right) =>
        (left is double l && double.IsNaN(l) && IsNumber(right)) || (right is double r && double.IsNaN(r) && IsNumber(left));

    private static bool IsConcatenable(object value) =>
        value is string or long or double or bool || TemporalOperations.IsTemporal(value);

    private static string ConcatText(object value) =>
        ValueFormatter.TryToCypherString(value, out var text) ? text ?? string.Empty : value.ToString() ?? string.Empty;

    private static void AddAll(List<object?> target, IReadOnlyList<object?> source)
    {
        for (var i = 0; i < source.Count; i++)
        {
            target.Add(source[i]);
        }
    }

    private static Regex GetRegex(string pattern)
    {
        if (RegexCache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        Regex regex;
        try
        {
            regex = new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException ex)
        {
            throw EvaluationErrors.InvalidRegex(pattern, ex.Message);
        }

        if (RegexCache.Count >= RegexCacheLimit)
        {
            RegexCache.Clear();
        }

        RegexCache[pattern] = regex;
        return regex;
    }

    private enum ComparisonKind
    {
        LessThan,
        LessThanOrEqual,
        GreaterThan,
        GreaterThanOrEqual,
    }
}
