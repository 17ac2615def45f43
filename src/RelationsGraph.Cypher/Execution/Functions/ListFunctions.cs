using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>Functions over lists (and the ones shared with strings and maps: size, reverse, isEmpty).</summary>
internal static class ListFunctions
{
    public static object? Head(object?[] args, IEvaluationContext context)
    {
        var list = FunctionArguments.List("head", args[0]);
        return list is null || list.Count == 0 ? null : list[0];
    }

    public static object? Last(object?[] args, IEvaluationContext context)
    {
        var list = FunctionArguments.List("last", args[0]);
        return list is null || list.Count == 0 ? null : list[^1];
    }

    public static object? Tail(object?[] args, IEvaluationContext context)
    {
        var list = FunctionArguments.List("tail", args[0]);
        if (list is null)
        {
            return null;
        }

        var result = new List<object?>(Math.Max(0, list.Count - 1));
        for (var i = 1; i < list.Count; i++)
        {
            result.Add(list[i]);
        }

        return result;
    }

    public static object? Size(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        IReadOnlyList<object?> list => Boxes.Long(list.Count),
        string text => Boxes.Long(StringFunctions.CodePointCount(text)),
        var other => throw EvaluationErrors.FunctionArgumentType("size", "a List or a String", other),
    };

    public static object? IsEmpty(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        IReadOnlyList<object?> list => Boxes.Bool(list.Count == 0),
        IReadOnlyDictionary<string, object?> map => Boxes.Bool(map.Count == 0),
        string text => Boxes.Bool(text.Length == 0),
        var other => throw EvaluationErrors.FunctionArgumentType("isEmpty", "a List, Map or String", other),
    };

    public static object? Reverse(object?[] args, IEvaluationContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case string text:
                return StringFunctions.Reverse(text);
            case IReadOnlyList<object?> list:
                var result = new List<object?>(list.Count);
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    result.Add(list[i]);
                }

                return result;
            default:
                throw EvaluationErrors.FunctionArgumentType("reverse", "a List or a String", args[0]);
        }
    }

    /// <summary>range(start, end[, step]): inclusive; an empty list when the step points away from the end.</summary>
    public static object? Range(object?[] args, IEvaluationContext context)
    {
        var start = RangeArgument(args[0]);
        var end = RangeArgument(args[1]);
        var step = args.Length > 2 ? RangeArgument(args[2]) : 1;
        if (step == 0)
        {
            throw EvaluationErrors.NumberOutOfRange("Step argument to range() can't be 0");
        }

        // 128-bit arithmetic: (end - start) / step may not fit in 64 bits.
        var span = (Int128)end - start;
        if ((span > 0 && step < 0) || (span < 0 && step > 0))
        {
            return new List<object?>();
        }

        var count = (span / step) + 1;
        if (count > int.MaxValue - 64)
        {
            throw EvaluationErrors.NumberOutOfRange("range() would produce too many elements");
        }

        // Not sized up front: zeroing a list of tens of millions of slots is itself a pause the deadline cannot interrupt.
        var result = new List<object?>((int)Int128.Min(count, 1 << 16));
        var value = (Int128)start;
        for (var i = 0; i < (int)count; i++)
        {
            // Every element: the context reads the clock only every few hundred calls, so checking here less
            // often would let a range of millions run seconds past the deadline.
            context.CheckDeadline();
            result.Add(Boxes.Long((long)value));
            value += step;
        }

        return result;
    }

    private static long RangeArgument(object? value) => value switch
    {
        long l => l,
        _ => throw EvaluationErrors.ArgumentTypeError("range", "an Integer", value),
    };
}
