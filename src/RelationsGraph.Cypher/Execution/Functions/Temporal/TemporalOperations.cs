using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>Operators and property access on temporal values, called by the expression evaluator.</summary>
internal static class TemporalOperations
{
    /// <summary>True for any of the six temporal value types.</summary>
    public static bool IsTemporal(object? value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration;

    /// <summary>temporal + duration, duration + temporal, duration + duration. False when the operands are not temporal.</summary>
    public static bool TryAdd(object left, object right, out object? result)
    {
        result = (left, right) switch
        {
            (CypherDuration a, CypherDuration b) => a.Plus(b),
            (CypherDuration d, var t) when IsInstant(t) => AddTo(t, d),
            (var t, CypherDuration d) when IsInstant(t) => AddTo(t, d),
            _ => null,
        };
        return result is not null;
    }

    /// <summary>temporal - duration, duration - duration.</summary>
    public static bool TrySubtract(object left, object right, out object? result)
    {
        result = (left, right) switch
        {
            (CypherDuration a, CypherDuration b) => a.Minus(b),
            (var t, CypherDuration d) when IsInstant(t) => AddTo(t, d.Negate()),
            _ => null,
        };
        return result is not null;
    }

    /// <summary>duration * number, number * duration.</summary>
    public static bool TryMultiply(object left, object right, out object? result)
    {
        result = (left, right) switch
        {
            (CypherDuration d, long n) => d.Multiply(n),
            (long n, CypherDuration d) => d.Multiply(n),
            (CypherDuration d, double f) => Scale(d, f, divide: false),
            (double f, CypherDuration d) => Scale(d, f, divide: false),
            _ => null,
        };
        return result is not null;
    }

    /// <summary>duration / number.</summary>
    public static bool TryDivide(object left, object right, out object? result)
    {
        result = (left, right) switch
        {
            (CypherDuration d, long n) => n == 0 ? throw TemporalErrors.DivisionByZero() : d.Divide(n),
            (CypherDuration d, double f) => Scale(d, f, divide: true),
            _ => null,
        };
        return result is not null;
    }

    /// <summary>Component access such as <c>d.year</c>, <c>dur.minutes</c>, <c>dt.timezone</c>.</summary>
    public static bool TryGetProperty(object temporal, string key, out object? value) =>
        TemporalProperties.TryGet(temporal, key, out value);

    /// <summary>Ordering within one temporal type; null when the two are not comparable (different types).</summary>
    public static int? Compare(object left, object right) => (left, right) switch
    {
        (CypherDate a, CypherDate b) => a.CompareTo(b),
        (CypherLocalTime a, CypherLocalTime b) => a.CompareTo(b),
        (CypherTime a, CypherTime b) => a.CompareTo(b),
        (CypherLocalDateTime a, CypherLocalDateTime b) => a.CompareTo(b),
        (CypherDateTime a, CypherDateTime b) => a.CompareTo(b),
        _ => null,
    };

    /// <summary>Cypher's type name: "DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME", "ZONED DATETIME", "DURATION".</summary>
    public static string TypeName(object temporal) => temporal switch
    {
        CypherDate => "DATE",
        CypherLocalTime => "LOCAL TIME",
        CypherTime => "ZONED TIME",
        CypherLocalDateTime => "LOCAL DATETIME",
        CypherDateTime => "ZONED DATETIME",
        CypherDuration => "DURATION",
        _ => throw new ArgumentException("Not a temporal value.", nameof(temporal)),
    };

    private static bool IsInstant(object value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;

    private static CypherDuration Scale(CypherDuration duration, double factor, bool divide)
    {
        if (divide && factor == 0)
        {
            throw TemporalErrors.DivisionByZero();
        }

        if (!double.IsFinite(factor))
        {
            throw TemporalErrors.Overflow(divide ? "duration division" : "duration multiplication");
        }

        try
        {
            var d = (decimal)factor;
            return divide ? duration.Divide(d) : duration.Multiply(d);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow(divide ? "duration division" : "duration multiplication");
        }
    }

    /// <summary>
    /// Neo4j's order: months first (clamping the day to the month's end), then days, then seconds and
    /// nanoseconds. A date takes only whole days from the seconds; times ignore months and days and wrap.
    /// </summary>
    private static object AddTo(object temporal, CypherDuration d)
    {
        try
        {
            switch (temporal)
            {
                case CypherDate date:
                    return date.PlusMonths(d.Months).PlusDays(checked(d.Days + (d.Seconds / 86_400)));
                case CypherLocalTime time:
                    return time.PlusNanos(TimeShift(d));
                case CypherTime time:
                    return CypherTime.Of(time.LocalTime.PlusNanos(TimeShift(d)), time.OffsetSeconds);
                case CypherLocalDateTime local:
                    return AddToLocal(local, d);
                default:
                    var zoned = (CypherDateTime)temporal;
                    var shiftedLocal = CypherLocalDateTime.Of(zoned.Date.PlusMonths(d.Months).PlusDays(d.Days), zoned.Time);
                    var onTimeline = zoned.WithLocal(shiftedLocal);
                    return d.Seconds == 0 && d.Nanoseconds == 0
                        ? onTimeline
                        : CypherDateTime.FromInstant(checked(onTimeline.EpochSecond + d.Seconds), (long)onTimeline.Nanosecond + d.Nanoseconds, onTimeline.TimeZone);
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("temporal arithmetic");
        }
    }

    private static CypherLocalDateTime AddToLocal(CypherLocalDateTime local, CypherDuration d)
    {
        var date = local.Date.PlusMonths(d.Months);
        return CypherLocalDateTime.Of(date, local.Time).Plus(d.Days, d.Seconds, d.Nanoseconds);
    }

    private static long TimeShift(CypherDuration d) =>
        ((d.Seconds % 86_400) * 1_000_000_000L) + d.Nanoseconds;
}
