using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary><c>date.truncate(unit, value[, fields])</c> and its siblings for the other four instant types.</summary>
internal static class TemporalTruncation
{
    private static readonly string[] DateUnits = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day"];
    private static readonly string[] TimeUnits = ["day", "hour", "minute", "second", "millisecond", "microsecond"];

    public static object? Truncate(TemporalKind kind, IReadOnlyList<object?> args, IEvaluationContext context)
    {
        var name = TemporalConstructors.FunctionName(kind) + ".truncate";
        if (args.Count is < 2 or > 3)
        {
            throw TemporalErrors.InvalidArgumentValue($"Function '{name}()' takes a unit, a temporal value and optionally a map");
        }

        if (args[0] is null || args[1] is null || (args.Count == 3 && args[2] is null))
        {
            return null;
        }

        var unit = args[0] as string ?? throw TemporalErrors.InvalidArgumentType(name, "a String unit", args[0]);
        var lowerUnit = unit.ToLowerInvariant();
        if (!TemporalParts.TryFrom(args[1], out var parts))
        {
            throw TemporalErrors.InvalidArgumentType(name, "a temporal value", args[1]);
        }

        var overrides = args.Count == 3
            ? args[2] as IReadOnlyDictionary<string, object?> ?? throw TemporalErrors.InvalidArgumentType(name, "a Map", args[2])
            : null;

        var hasDate = kind is TemporalKind.Date or TemporalKind.LocalDateTime or TemporalKind.DateTime;
        var hasTime = kind is not TemporalKind.Date;
        var isDateUnit = DateUnits.Contains(lowerUnit);
        var isTimeUnit = TimeUnits.Contains(lowerUnit);
        if ((!isDateUnit || !hasDate) && (!isTimeUnit || !hasTime))
        {
            throw TemporalErrors.UnknownUnit(name, unit);
        }

        CypherDate? date = null;
        if (hasDate)
        {
            date = TruncateDate(parts.Date ?? throw TemporalErrors.NoDate(name, args[1]), lowerUnit);
        }

        CypherLocalTime? time = null;
        if (hasTime)
        {
            time = isDateUnit ? CypherLocalTime.Midnight : TruncateTime(parts.Time ?? CypherLocalTime.Midnight, lowerUnit);
        }

        object truncated = kind switch
        {
            TemporalKind.Date => date!,
            TemporalKind.LocalTime => time!,
            TemporalKind.Time => CypherTime.Of(time!, parts.Offset ?? 0),
            TemporalKind.LocalDateTime => CypherLocalDateTime.Of(date!, time!),
            _ => CypherDateTime.Of(CypherLocalDateTime.Of(date!, time!), parts.ZoneText ?? TemporalConstructors.DefaultZone),
        };

        if (overrides is null || overrides.Count == 0)
        {
            return truncated;
        }

        // The fields adjust the truncated value the way a constructor's selection map does;
        // a time zone among them places the truncated local value in that zone.
        var key = kind switch
        {
            TemporalKind.Date => "date",
            TemporalKind.LocalTime or TemporalKind.Time => "time",
            _ => "datetime",
        };
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in overrides)
        {
            map[k] = v;
        }

        var zoneOverride = overrides.FirstOrDefault(p => p.Key.Equals("timezone", StringComparison.OrdinalIgnoreCase));
        if (zoneOverride.Key is not null && truncated is CypherDateTime dt)
        {
            truncated = dt.Local;
        }
        else if (zoneOverride.Key is not null && truncated is CypherTime t)
        {
            truncated = t.LocalTime;
        }

        map[key] = truncated;
        return TemporalConstructors.FromMap(kind, map, context);
    }

    private static CypherDate TruncateDate(CypherDate date, string unit) => unit switch
    {
        "millennium" => CypherDate.Of(FloorTo(date.Year, 1000), 1, 1),
        "century" => CypherDate.Of(FloorTo(date.Year, 100), 1, 1),
        "decade" => CypherDate.Of(FloorTo(date.Year, 10), 1, 1),
        "year" => CypherDate.Of(date.Year, 1, 1),
        "weekyear" => CypherDate.OfWeek(date.WeekYear, 1, 1),
        "quarter" => CypherDate.Of(date.Year, ((date.Quarter - 1) * 3) + 1, 1),
        "month" => CypherDate.Of(date.Year, date.Month, 1),
        "week" => date.PlusDays(1 - date.DayOfWeek),
        _ => date,
    };

    private static CypherLocalTime TruncateTime(CypherLocalTime time, string unit)
    {
        var step = unit switch
        {
            "day" => 86_400_000_000_000L,
            "hour" => 3_600_000_000_000L,
            "minute" => 60_000_000_000L,
            "second" => 1_000_000_000L,
            "millisecond" => 1_000_000L,
            _ => 1000L,
        };
        return CypherLocalTime.FromNanoOfDay(time.NanoOfDay / step * step);
    }

    private static long FloorTo(long year, long size) => (year >= 0 ? year / size : ((year + 1) / size) - 1) * size;
}
