using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary><c>duration()</c>, <c>duration.between()</c>, <c>duration.inMonths()</c>, <c>duration.inDays()</c>, <c>duration.inSeconds()</c>.</summary>
internal static class DurationFunctions
{
    private static readonly string[] Fields =
        ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"];

    public static object? Duration(IReadOnlyList<object?> args)
    {
        if (args.Count != 1)
        {
            throw TemporalErrors.InvalidArgumentValue("Function 'duration()' takes one argument");
        }

        return args[0] switch
        {
            null => null,
            string text => CypherDuration.Parse(text),
            CypherDuration duration => duration,
            IReadOnlyDictionary<string, object?> map => FromMap(map),
            var other => throw TemporalErrors.InvalidArgumentType("duration", "a String or a Map", other),
        };
    }

    /// <summary>Whole-number fields add up exactly; any fractional field spreads into the smaller units.</summary>
    public static CypherDuration FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map)
        {
            var field = Fields.FirstOrDefault(f => f.Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? throw TemporalErrors.UnknownField("duration", key);
            switch (value)
            {
                case null:
                    break;
                case long or double:
                    values[field] = value;
                    break;
                case int i:
                    values[field] = (long)i;
                    break;
                default:
                    throw TemporalErrors.InvalidArgumentType("duration", $"a Number for '{key}'", value);
            }
        }

        if (values.Count == 0)
        {
            throw TemporalErrors.InvalidArgumentValue("Invalid input for function 'duration()': the map has no fields");
        }

        try
        {
            if (values.Values.All(v => v is long))
            {
                long L(string f) => values.TryGetValue(f, out var v) ? (long)v : 0;
                return CypherDuration.Of(
                    checked((L("years") * 12) + (L("quarters") * 3) + L("months")),
                    checked((L("weeks") * 7) + L("days")),
                    checked((L("hours") * 3600) + (L("minutes") * 60) + L("seconds")),
                    checked((L("milliseconds") * 1_000_000) + (L("microseconds") * 1000) + L("nanoseconds")));
            }

            decimal D(string f) => values.TryGetValue(f, out var v) ? ToDecimal(v) : 0m;
            return CypherDuration.Approximate(
                (D("years") * 12) + (D("quarters") * 3) + D("months"),
                (D("weeks") * 7) + D("days"),
                (D("hours") * 3600) + (D("minutes") * 60) + D("seconds"),
                (D("milliseconds") * 1_000_000) + (D("microseconds") * 1000) + D("nanoseconds"));
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("duration()");
        }
    }

    public static decimal ToDecimal(object number) => number switch
    {
        long l => l,
        double d when double.IsFinite(d) => (decimal)d,
        double => throw new OverflowException(),
        _ => throw new InvalidOperationException("Not a number."),
    };

    public enum BetweenMode
    {
        Full,
        Months,
        Days,
        Seconds,
    }

    public static object? Between(string name, IReadOnlyList<object?> args, BetweenMode mode)
    {
        if (args.Count != 2)
        {
            throw TemporalErrors.InvalidArgumentValue($"Function '{name}()' takes two arguments");
        }

        if (args[0] is null || args[1] is null)
        {
            return null;
        }

        if (!TemporalParts.TryFrom(args[0], out var from))
        {
            throw TemporalErrors.InvalidArgumentType(name, "a temporal instant", args[0]);
        }

        if (!TemporalParts.TryFrom(args[1], out var to))
        {
            throw TemporalErrors.InvalidArgumentType(name, "a temporal instant", args[1]);
        }

        return Between(from, to, mode);
    }

    /// <summary>
    /// The difference as java.time computes it: whole months between the local date-times, then whole days,
    /// then the rest in seconds. With both values zoned, the second is first moved into the first's zone.
    /// </summary>
    public static CypherDuration Between(TemporalParts from, TemporalParts to, BetweenMode mode)
    {
        if (from.HasZone && to.HasZone)
        {
            to = InZoneOf(to, from);
        }

        if (from.Date is null || to.Date is null)
        {
            if (mode is BetweenMode.Months or BetweenMode.Days)
            {
                return CypherDuration.Zero;
            }

            var fromNanos = (from.Time ?? CypherLocalTime.Midnight).NanoOfDay;
            var toNanos = (to.Time ?? CypherLocalTime.Midnight).NanoOfDay;
            return CypherDuration.Of(0, 0, 0, toNanos - fromNanos);
        }

        var start = CypherLocalDateTime.Of(from.Date, from.Time ?? CypherLocalTime.Midnight);
        var end = CypherLocalDateTime.Of(to.Date, to.Time ?? CypherLocalTime.Midnight);
        try
        {
            switch (mode)
            {
                case BetweenMode.Months:
                    return CypherDuration.Of(MonthsUntil(start, end), 0, 0, 0);
                case BetweenMode.Days:
                    return CypherDuration.Of(0, DaysUntil(start, end), 0, 0);
                case BetweenMode.Seconds:
                    return SecondsUntil(start, end);
                default:
                    var months = MonthsUntil(start, end);
                    var afterMonths = CypherLocalDateTime.Of(start.Date.PlusMonths(months), start.Time);
                    var days = DaysUntil(afterMonths, end);
                    var afterDays = CypherLocalDateTime.Of(afterMonths.Date.PlusDays(days), start.Time);
                    var rest = SecondsUntil(afterDays, end);
                    return CypherDuration.Of(months, days, rest.Seconds, rest.Nanoseconds);
            }
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("duration.between()");
        }
    }

    private static TemporalParts InZoneOf(TemporalParts value, TemporalParts zoneOf)
    {
        if (value.Date is null || zoneOf.Date is null)
        {
            // Times only: shift by the offset difference, wrapping within the day.
            var shifted = value.Time!.PlusNanos((zoneOf.Offset!.Value - value.Offset!.Value) * 1_000_000_000L);
            return value with { Time = shifted, Offset = zoneOf.Offset };
        }

        var instant = CypherDateTime.Of(CypherLocalDateTime.Of(value.Date, value.Time!), value.ZoneText!);
        var moved = instant.WithZoneSameInstant(zoneOf.ZoneText!);
        return new TemporalParts(moved.Date, moved.Time, moved.OffsetSeconds, moved.ZoneId);
    }

    /// <summary>The end date, moved one day towards the start when its time of day has not yet reached the start's.</summary>
    private static CypherDate AdjustedEndDate(CypherLocalDateTime start, CypherLocalDateTime end)
    {
        var endDate = end.Date;
        if (endDate.EpochDay > start.Date.EpochDay && end.Time.NanoOfDay < start.Time.NanoOfDay)
        {
            return endDate.PlusDays(-1);
        }

        if (endDate.EpochDay < start.Date.EpochDay && end.Time.NanoOfDay > start.Time.NanoOfDay)
        {
            return endDate.PlusDays(1);
        }

        return endDate;
    }

    private static long MonthsUntil(CypherLocalDateTime start, CypherLocalDateTime end)
    {
        var endDate = AdjustedEndDate(start, end);
        var packedStart = checked((((start.Date.Year * 12) + start.Date.Month - 1) * 32) + start.Date.Day);
        var packedEnd = checked((((endDate.Year * 12) + endDate.Month - 1) * 32) + endDate.Day);
        return (packedEnd - packedStart) / 32;
    }

    private static long DaysUntil(CypherLocalDateTime start, CypherLocalDateTime end) =>
        AdjustedEndDate(start, end).EpochDay - start.Date.EpochDay;

    private static CypherDuration SecondsUntil(CypherLocalDateTime start, CypherLocalDateTime end)
    {
        var days = end.Date.EpochDay - start.Date.EpochDay;
        var nanos = end.Time.NanoOfDay - start.Time.NanoOfDay;
        return CypherDuration.Of(0, 0, checked(days * 86_400), nanos);
    }
}
