namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>
/// The fields of a map handed to a temporal constructor (<c>{year: 1984, week: 10, timezone: '+01:00'}</c>),
/// looked up case-insensitively and checked against the fields the function accepts.
/// </summary>
internal sealed class TemporalFields
{
    private static readonly string[] DateFieldNames = ["year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"];
    private static readonly string[] TimeFieldNames = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    private readonly Dictionary<string, object?> _values;

    private TemporalFields(Dictionary<string, object?> values, string function)
    {
        _values = values;
        Function = function;
    }

    public string Function { get; }

    public int Count => _values.Count;

    /// <summary>Reads a map, rejecting keys the function does not know.</summary>
    public static TemporalFields Read(IReadOnlyDictionary<string, object?> map, string function, IReadOnlyCollection<string> allowed)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map)
        {
            var canonical = allowed.FirstOrDefault(a => string.Equals(a, key, StringComparison.OrdinalIgnoreCase))
                ?? throw TemporalErrors.UnknownField(function, key);
            if (value is not null)
            {
                values[canonical] = value;
            }
        }

        return new TemporalFields(values, function);
    }

    public static IReadOnlyList<string> AllowedFor(TemporalKind kind)
    {
        var names = new List<string> { "timezone" };
        if (kind is TemporalKind.Date or TemporalKind.LocalDateTime or TemporalKind.DateTime)
        {
            names.Add("date");
            names.AddRange(DateFieldNames);
        }

        if (kind is not TemporalKind.Date)
        {
            names.Add("time");
            names.AddRange(TimeFieldNames);
        }

        if (kind is TemporalKind.LocalDateTime or TemporalKind.DateTime)
        {
            names.Add("datetime");
        }

        if (kind is TemporalKind.DateTime)
        {
            names.Add("epochSeconds");
            names.Add("epochMillis");
        }

        return names;
    }

    public bool Has(string field) => _values.ContainsKey(field);

    public bool HasAny(params string[] fields) => fields.Any(_values.ContainsKey);

    public bool HasAnyDateField => DateFieldNames.Any(_values.ContainsKey);

    public bool HasAnyTimeField => TimeFieldNames.Any(_values.ContainsKey);

    public object? Value(string field) => _values.GetValueOrDefault(field);

    /// <summary>An integer field, or null when absent. Floats and other types are a type error.</summary>
    public long? Integer(string field)
    {
        if (!_values.TryGetValue(field, out var value))
        {
            return null;
        }

        return value switch
        {
            long l => l,
            int i => i,
            _ => throw TemporalErrors.FieldType(field, value),
        };
    }

    public string? Text(string field)
    {
        if (!_values.TryGetValue(field, out var value))
        {
            return null;
        }

        return value as string ?? throw TemporalErrors.InvalidArgumentType(Function, $"a String for '{field}'", value);
    }
}
