using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>Numeric functions. Results are floats except abs() and sign() of integers.</summary>
internal static class MathFunctions
{
    public static object? Abs(object?[] args, IEvaluationContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case long l:
                return l == long.MinValue ? throw EvaluationErrors.IntegerOverflow() : Boxes.Long(Math.Abs(l));
            case double d:
                return Math.Abs(d);
            default:
                throw EvaluationErrors.FunctionArgumentType("abs", "a number", args[0]);
        }
    }

    public static object? Sign(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        long l => Boxes.Long(Math.Sign(l)),
        double d => Boxes.Long(double.IsNaN(d) ? 0 : Math.Sign(d)),
        var other => throw EvaluationErrors.FunctionArgumentType("sign", "a number", other),
    };

    public static object? IsNaN(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        long => Boxes.False,
        double d => Boxes.Bool(double.IsNaN(d)),
        var other => throw EvaluationErrors.FunctionArgumentType("isNaN", "a number", other),
    };

    public static object? Ceil(object?[] args, IEvaluationContext context) => Unary("ceil", args, Math.Ceiling);

    public static object? Floor(object?[] args, IEvaluationContext context) => Unary("floor", args, Math.Floor);

    public static object? Sqrt(object?[] args, IEvaluationContext context) => Unary("sqrt", args, Math.Sqrt);

    public static object? Exp(object?[] args, IEvaluationContext context) => Unary("exp", args, Math.Exp);

    public static object? Log(object?[] args, IEvaluationContext context) => Unary("log", args, Math.Log);

    public static object? Log10(object?[] args, IEvaluationContext context) => Unary("log10", args, Math.Log10);

    public static object? Sin(object?[] args, IEvaluationContext context) => Unary("sin", args, Math.Sin);

    public static object? Cos(object?[] args, IEvaluationContext context) => Unary("cos", args, Math.Cos);

    public static object? Tan(object?[] args, IEvaluationContext context) => Unary("tan", args, Math.Tan);

    public static object? Cot(object?[] args, IEvaluationContext context) => Unary("cot", args, static x => 1.0 / Math.Tan(x));

    public static object? Asin(object?[] args, IEvaluationContext context) => Unary("asin", args, Math.Asin);

    public static object? Acos(object?[] args, IEvaluationContext context) => Unary("acos", args, Math.Acos);

    public static object? Atan(object?[] args, IEvaluationContext context) => Unary("atan", args, Math.Atan);

    public static object? Degrees(object?[] args, IEvaluationContext context) => Unary("degrees", args, static x => x * (180.0 / Math.PI));

    public static object? Radians(object?[] args, IEvaluationContext context) => Unary("radians", args, static x => x * (Math.PI / 180.0));

    public static object? Haversin(object?[] args, IEvaluationContext context) => Unary("haversin", args, static x => (1.0 - Math.Cos(x)) / 2.0);

    public static object? Atan2(object?[] args, IEvaluationContext context)
    {
        var y = FunctionArguments.Number("atan2", args[0]);
        var x = FunctionArguments.Number("atan2", args[1]);
        return y is null || x is null ? null : Math.Atan2(y.Value, x.Value);
    }

    public static object? E(object?[] args, IEvaluationContext context) => Math.E;

    public static object? Pi(object?[] args, IEvaluationContext context) => Math.PI;

    public static object? Rand(object?[] args, IEvaluationContext context) => Random.Shared.NextDouble();

    /// <summary>
    /// round(x): half up towards positive infinity, like Java's Math.round (round(-2.5) is -2.0).
    /// round(x, precision[, mode]): decimal rounding with a java.math.RoundingMode name, HALF_UP by default.
    /// </summary>
    public static object? Round(object?[] args, IEvaluationContext context)
    {
        var value = FunctionArguments.Number("round", args[0]);
        if (value is null)
        {
            return null;
        }

        var x = value.Value;
        if (args.Length == 1)
        {
            return double.IsNaN(x) || double.IsInfinity(x) || Math.Abs(x) >= 4.503599627370496E15 ? x : Math.Floor(x + 0.5);
        }

        var precision = FunctionArguments.Integer("round", args[1]);
        var modeName = args.Length > 2 ? FunctionArguments.Text("round", args[2]) : "HALF_UP";
        if (precision is null || modeName is null)
        {
            return null;
        }

        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return x;
        }

        if (precision is < 0 or > 28)
        {
            throw EvaluationErrors.NumberOutOfRange("round() precision must be between 0 and 28");
        }

        var mode = modeName.ToUpperInvariant();
        if (mode is not ("HALF_UP" or "HALF_EVEN" or "HALF_DOWN" or "UP" or "DOWN" or "CEILING" or "FLOOR" or "UNNECESSARY"))
        {
            throw EvaluationErrors.InvalidArgumentValue($"Unknown rounding mode '{modeName}'");
        }

        decimal exact;
        try
        {
            exact = (decimal)x;
        }
        catch (OverflowException)
        {
            // Too large for decimal: such a float has no fractional digits to round.
            return x;
        }

        return (double)RoundDecimal(exact, (int)precision.Value, mode);
    }

    /// <summary>Rounds like java.math.BigDecimal.setScale with the named RoundingMode.</summary>
    private static decimal RoundDecimal(decimal value, int precision, string mode)
    {
        var truncated = Math.Round(value, precision, MidpointRounding.ToZero);
        if (truncated == value)
        {
            return value;
        }

        var awayFromZero = Math.Round(value, precision, value > 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity);
        switch (mode)
        {
            case "HALF_UP":
                return Math.Round(value, precision, MidpointRounding.AwayFromZero);
            case "HALF_EVEN":
                return Math.Round(value, precision, MidpointRounding.ToEven);
            case "HALF_DOWN":
                {
                    // Ties go towards zero; anything past the midpoint goes away from zero.
                    var distanceToTruncated = Math.Abs(value - truncated);
                    var distanceToAway = Math.Abs(awayFromZero - value);
                    return distanceToAway < distanceToTruncated ? awayFromZero : truncated;
                }

            case "UP":
                return awayFromZero;
            case "DOWN":
                return truncated;
            case "CEILING":
                return Math.Round(value, precision, MidpointRounding.ToPositiveInfinity);
            case "FLOOR":
                return Math.Round(value, precision, MidpointRounding.ToNegativeInfinity);
            default:
                throw EvaluationErrors.InvalidArgumentValue("round() with mode UNNECESSARY needs no rounding, but the value needs it");
        }
    }

    private static object? Unary(string function, object?[] args, Func<double, double> operation)
    {
        var value = FunctionArguments.Number(function, args[0]);
        return value is null ? null : operation(value.Value);
    }
}
