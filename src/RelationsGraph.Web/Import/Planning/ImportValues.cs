using System.Globalization;
using System.Text.Json;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>Turns cell text into typed property values (the registry's property types), or says why it cannot.</summary>
internal static class ImportValues
{
    public static bool TryInteger(string text, out long value)
    {
        var t = text.Trim();
        if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // Spreadsheets write whole numbers as 2.0; take those, refuse 2.5.
        var dot = t.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && t[(dot + 1)..].All(c => c == '0') && t.Length > dot + 1)
        {
            return long.TryParse(t[..dot], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        return false;
    }

    public static bool TryFloat(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "1":
                value = true;
                return true;
            case "false" or "no" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>A date (2024-06-15) or, when the text has a time, a date-time (with its zone when given).</summary>
    public static bool TryTemporal(string text, out object? value)
    {
        var t = text.Trim();
        value = null;
        try
        {
            if (t.Length == 10 && t[4] == '-' && t[7] == '-')
            {
                value = CypherDate.Parse(t);
                return true;
            }

            if (t.Contains('T', StringComparison.Ordinal))
            {
                var zoned = t.EndsWith('Z') || t.LastIndexOfAny(['+', '-']) > t.IndexOf('T', StringComparison.Ordinal) || t.EndsWith(']');
                value = zoned ? CypherDateTime.Parse(t) : CypherLocalDateTime.Parse(t);
                return true;
            }
        }
        catch (Exception ex) when (ex is FormatException or Core.Errors.CypherException or ArgumentException)
        {
            return false;
        }

        return false;
    }

    /// <summary>Converts a cell to a declared property's type; null with a reason when it does not fit.</summary>
    public static object? Convert(string text, string type, string property, out string? error)
    {
        error = null;
        switch (type)
        {
            case "integer":
                if (TryInteger(text, out var l))
                {
                    return l;
                }

                error = $"'{text}' is not a whole number for {property}";
                return null;
            case "float":
                if (TryFloat(text, out var d))
                {
                    return d;
                }

                error = $"'{text}' is not a number for {property} (use a point for decimals)";
                return null;
            case "boolean":
                if (TryBoolean(text, out var b))
                {
                    return b;
                }

                error = $"'{text}' is not true or false for {property}";
                return null;
            case "temporal":
                if (TryTemporal(text, out var t))
                {
                    return t;
                }

                error = $"'{text}' is not a date (2024-06-15) or a date-time for {property}";
                return null;
            default:
                return text;
        }
    }

    /// <summary>A list cell: a JSON array of strings as the export writes it, else the text split at the separator.</summary>
    public static IEnumerable<string> List(string text, string? separator)
    {
        var t = text.Trim();
        if (t.StartsWith('[') && t.EndsWith(']'))
        {
            try
            {
                var items = JsonSerializer.Deserialize<List<string?>>(t);
                if (items is not null)
                {
                    return items.OfType<string>();
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: treat it as text.
            }
        }

        return string.IsNullOrEmpty(separator) ? [t] : t.Split(separator);
    }

    /// <summary>Whether two property values are the same, as the store would compare them (lists item by item).</summary>
    public static bool Same(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is IEnumerable<object?> la && a is not string && b is IEnumerable<object?> lb && b is not string)
        {
            return la.SequenceEqual(lb, ValueComparer.Instance);
        }

        if (a is IEnumerable<string> sa && b is IEnumerable<object?> ob)
        {
            return sa.Cast<object?>().SequenceEqual(ob, ValueComparer.Instance);
        }

        if (b is IEnumerable<string> sb && a is IEnumerable<object?> oa)
        {
            return oa.SequenceEqual(sb.Cast<object?>(), ValueComparer.Instance);
        }

        return a switch
        {
            long x when b is double y => x == y,
            double x when b is long y => x == y,
            _ => a.Equals(b),
        };
    }

    /// <summary>A value as a person reads it in a change list.</summary>
    public static string Show(object? value) => value switch
    {
        null => "(none)",
        string s => s,
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class ValueComparer : IEqualityComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public new bool Equals(object? x, object? y) => Same(x, y);

        public int GetHashCode(object? obj) => obj?.GetHashCode() ?? 0;
    }
}
