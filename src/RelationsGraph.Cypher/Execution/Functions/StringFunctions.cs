using System.Text;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>String functions. Positions and lengths count UTF-16 code units, like Java's strings.</summary>
internal static class StringFunctions
{
    public static object? ToUpper(object?[] args, IEvaluationContext context) =>
        FunctionArguments.Text("toUpper", args[0])?.ToUpperInvariant();

    public static object? ToLower(object?[] args, IEvaluationContext context) =>
        FunctionArguments.Text("toLower", args[0])?.ToLowerInvariant();

    public static object? Trim(object?[] args, IEvaluationContext context) => TrimCore("trim", args, true, true);

    public static object? LTrim(object?[] args, IEvaluationContext context) => TrimCore("ltrim", args, true, false);

    public static object? RTrim(object?[] args, IEvaluationContext context) => TrimCore("rtrim", args, false, true);

    public static object? BTrim(object?[] args, IEvaluationContext context) => TrimCore("btrim", args, true, true);

    public static object? Replace(object?[] args, IEvaluationContext context)
    {
        var original = FunctionArguments.Text("replace", args[0]);
        var search = FunctionArguments.Text("replace", args[1]);
        var replacement = FunctionArguments.Text("replace", args[2]);
        if (original is null || search is null || replacement is null)
        {
            return null;
        }

        if (search.Length == 0)
        {
            // Java semantics: the empty string matches before every character and at the end.
            var builder = new StringBuilder(original.Length + ((original.Length + 1) * replacement.Length));
            builder.Append(replacement);
            foreach (var c in original)
            {
                builder.Append(c).Append(replacement);
            }

            return builder.ToString();
        }

        return original.Replace(search, replacement, StringComparison.Ordinal);
    }

    public static object? Substring(object?[] args, IEvaluationContext context)
    {
        var text = FunctionArguments.Text("substring", args[0]);
        var start = FunctionArguments.Integer("substring", args[1]);
        var length = args.Length > 2 ? FunctionArguments.Integer("substring", args[2]) : long.MaxValue;
        if (text is null || start is null || length is null)
        {
            return null;
        }

        if (start < 0 || length < 0)
        {
            throw EvaluationErrors.NumberOutOfRange("substring() expects a non-negative start and length");
        }

        if (start >= text.Length)
        {
            return string.Empty;
        }

        var available = text.Length - (int)start.Value;
        return text.Substring((int)start.Value, (int)Math.Min(length.Value, available));
    }

    public static object? Left(object?[] args, IEvaluationContext context)
    {
        var text = FunctionArguments.Text("left", args[0]);
        var length = FunctionArguments.Integer("left", args[1]);
        if (text is null || length is null)
        {
            return null;
        }

        if (length < 0)
        {
            throw EvaluationErrors.NumberOutOfRange("left() expects a non-negative length");
        }

        return length >= text.Length ? text : text[..(int)length.Value];
    }

    public static object? Right(object?[] args, IEvaluationContext context)
    {
        var text = FunctionArguments.Text("right", args[0]);
        var length = FunctionArguments.Integer("right", args[1]);
        if (text is null || length is null)
        {
            return null;
        }

        if (length < 0)
        {
            throw EvaluationErrors.NumberOutOfRange("right() expects a non-negative length");
        }

        return length >= text.Length ? text : text[^(int)length.Value..];
    }

    public static object? Split(object?[] args, IEvaluationContext context)
    {
        var text = FunctionArguments.Text("split", args[0]);
        if (text is null || args[1] is null)
        {
            return null;
        }

        string[] parts;
        switch (args[1])
        {
            case string delimiter:
                parts = delimiter.Length == 0 ? SplitCharacters(text) : text.Split(delimiter, StringSplitOptions.None);
                break;
            case IReadOnlyList<object?> delimiters:
                var separators = new string[delimiters.Count];
                for (var i = 0; i < delimiters.Count; i++)
                {
                    separators[i] = delimiters[i] as string
                        ?? throw EvaluationErrors.FunctionArgumentType("split", "a String or a List of Strings", delimiters[i]);
                }

                parts = separators.Length == 0 ? [text] : text.Split(separators, StringSplitOptions.None);
                break;
            default:
                throw EvaluationErrors.FunctionArgumentType("split", "a String or a List of Strings", args[1]);
        }

        var result = new List<object?>(parts.Length);
        foreach (var part in parts)
        {
            result.Add(part);
        }

        return result;
    }

    public static object? Normalize(object?[] args, IEvaluationContext context)
    {
        var text = FunctionArguments.Text("normalize", args[0]);
        if (text is null)
        {
            return null;
        }

        var formName = args.Length > 1 ? FunctionArguments.Text("normalize", args[1]) : "NFC";
        var form = formName?.ToUpperInvariant() switch
        {
            null => (NormalizationForm?)null,
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw EvaluationErrors.InvalidArgumentValue($"Unknown normalization form '{formName}'"),
        };
        return form is null ? null : text.Normalize(form.Value);
    }

    public static object? CharLength(object?[] args, IEvaluationContext context)
    {
        var text = FunctionArguments.Text("char_length", args[0]);
        return text is null ? null : Boxes.Long(CodePointCount(text));
    }

    /// <summary>Reverses a string by code point, so surrogate pairs stay intact.</summary>
    public static string Reverse(string text)
    {
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        for (var i = 0; i < chars.Length - 1; i++)
        {
            if (char.IsLowSurrogate(chars[i]) && char.IsHighSurrogate(chars[i + 1]))
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                i++;
            }
        }

        return new string(chars);
    }

    /// <summary>The number of Unicode code points (what size() of a string counts).</summary>
    public static int CodePointCount(string text)
    {
        var count = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                count--;
            }
        }

        return count;
    }

    private static object? TrimCore(string function, object?[] args, bool start, bool end)
    {
        var text = FunctionArguments.Text(function, args[0]);
        if (text is null)
        {
            return null;
        }

        if (args.Length < 2)
        {
            return start && end ? text.Trim() : start ? text.TrimStart() : text.TrimEnd();
        }

        var characters = FunctionArguments.Text(function, args[1]);
        if (characters is null)
        {
            return null;
        }

        var set = characters.ToCharArray();
        return start && end ? text.Trim(set) : start ? text.TrimStart(set) : text.TrimEnd(set);
    }

    private static string[] SplitCharacters(string text)
    {
        var parts = new string[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            parts[i] = text[i].ToString();
        }

        return parts;
    }
}
