using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>
/// date(), localtime(), time(), localdatetime() and datetime(): the current value, or one built from a
/// string, a map of fields (optionally selecting from other temporal values) or another temporal value.
/// </summary>
internal static class TemporalConstructors
{
    /// <summary>The zone of "current" values and of values built without a time zone.</summary>
    public const string DefaultZone = "Z";

    public static string FunctionName(TemporalKind kind) => kind switch
    {
        TemporalKind.Date => "date",
        TemporalKind.LocalTime => "localtime",
        TemporalKind.Time => "time",
        TemporalKind.LocalDateTime => "localdatetime",
        _ => "datetime",
    };

    /// <summary>The one-argument (or no-argument) form: <c>date()</c>, <c>date('2015-07-21')</c>, <c>date({...})</c>, <c>date(other)</c>.</summary>
    public static object? Construct(TemporalKind kind, IReadOnlyList<object?> args, IEvaluationContext context)
    {
        if (args.Count == 0)
        {
            return Current(kind, context.StatementTime, DefaultZone);
        }

        var name = FunctionName(kind);
        if (args.Count > 1)
        {
            throw TemporalErrors.InvalidArgumentValue($"Function '{name}()' takes at most one argument");
        }

        return args[0] switch
        {
            null => null,
            string text => Parse(kind, text),
            IReadOnlyDictionary<string, object?> map => FromMap(kind, map, context),
            var other when TemporalParts.TryFrom(other, out var parts) => Convert(kind, parts, other),
            var other => throw TemporalErrors.InvalidArgumentType(name, "a String, a Map or a temporal value", other),
        };
    }

    /// <summary><c>date.transaction()</c>, <c>datetime.realtime('Europe/Stockholm')</c> and friends.</summary>
    public static object? CurrentAt(TemporalKind kind, DateTimeOffset now, IReadOnlyList<object?> args)
    {
        var name = FunctionName(kind);
        if (args.Count > 1)
        {
            throw TemporalErrors.InvalidArgumentValue($"Function '{name}()' takes at most one argument");
        }

        if (args.Count == 0)
        {
            return Current(kind, now, DefaultZone);
        }

        return args[0] switch
        {
            null => null,
            string zone => Current(kind, now, zone),
            IReadOnlyDictionary<string, object?> map when map.Count == 1 && map.Keys.Single().Equals("timezone", StringComparison.OrdinalIgnoreCase)
                => map.Values.Single() is string zone ? Current(kind, now, zone) : throw TemporalErrors.InvalidArgumentType(name, "a time zone String", map.Values.Single()),
            var other => throw TemporalErrors.InvalidArgumentType(name, "a time zone String", other),
        };
    }

    public static object Current(TemporalKind kind, DateTimeOffset now, string zone)
    {
        var (seconds, nanos) = EpochOf(now);
        var at = CypherDateTime.FromInstant(seconds, nanos, zone);
        return kind switch
        {
            TemporalKind.Date => at.Date,
            TemporalKind.LocalTime => at.Time,
            TemporalKind.Time => CypherTime.Of(at.Time, at.OffsetSeconds),
            TemporalKind.LocalDateTime => at.Local,
            _ => at,
        };
    }

    public static (long Seconds, long Nanos) EpochOf(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest);
        if (rest < 0)
        {
            seconds--;
            rest += TimeSpan.TicksPerSecond;
        }

        return (seconds, rest * 100);
    }

    public static object Parse(TemporalKind kind, string text) => kind switch
    {
        TemporalKind.Date => CypherDate.Parse(text),
        TemporalKind.LocalTime => CypherLocalTime.Parse(text),
        TemporalKind.Time => CypherTime.Parse(text),
        TemporalKind.LocalDateTime => CypherLocalDateTime.Parse(text),
        _ => CypherDateTime.Parse(text),
    };

    /// <summary>Another temporal value as this kind: <c>date(datetime)</c> takes the date, <c>time(localtime)</c> adds UTC.</summary>
    public static object Convert(TemporalKind kind, TemporalParts parts, object original)
    {
        var name = FunctionName(kind);
        switch (kind)
        {
            case TemporalKind.Date:
                return parts.Date ?? throw TemporalErrors.NoDate(name, original);
            case TemporalKind.LocalTime:
                return parts.Time ?? throw TemporalErrors.NoTime(name, original);
            case TemporalKind.Time:
                return CypherTime.Of(parts.Time ?? throw TemporalErrors.NoTime(name, original), parts.Offset ?? 0);
            case TemporalKind.LocalDateTime:
                return CypherLocalDateTime.Of(parts.Date ?? throw TemporalErrors.NoDate(name, original), parts.Time ?? CypherLocalTime.Midnight);
            default:
                if (original is CypherDateTime)
                {
                    return original;
                }

                var local = CypherLocalDateTime.Of(parts.Date ?? throw TemporalErrors.NoDate(name, original), parts.Time ?? CypherLocalTime.Midnight);
                return CypherDateTime.Of(local, parts.ZoneText ?? DefaultZone);
        }
    }

    public static object FromMap(TemporalKind kind, IReadOnlyDictionary<string, object?> map, IEvaluationContext context)
    {
        var name = FunctionName(kind);
        var fields = TemporalFields.Read(map, name, TemporalFields.AllowedFor(kind));
        var timezone = fields.Text("timezone");
        if (fields.Count == 1 && timezone is not null)
        {
            return Current(kind, context.StatementTime, timezone);
        }

        if (fields.Count == 0)
        {
            throw TemporalErrors.InvalidArgumentValue($"Invalid input for function '{name}()': the map has no fields");
        }

        if (kind == TemporalKind.DateTime && fields.HasAny("epochSeconds", "epochMillis"))
        {
            return FromEpochFields(fields, timezone ?? DefaultZone);
        }

        var dateSource = Parts(fields, kind == TemporalKind.Date ? "date" : fields.Has("datetime") ? "datetime" : "date");
        var timeSource = Parts(fields, fields.Has("datetime") ? "datetime" : "time");
        if (dateSource is not null && dateSource.Value.Date is null)
        {
            throw TemporalErrors.NoDate(name, fields.Value(fields.Has("datetime") ? "datetime" : "date"));
        }

        if (timeSource is not null && timeSource.Value.Time is null)
        {
            throw TemporalErrors.NoTime(name, fields.Value(fields.Has("datetime") ? "datetime" : "time"));
        }

        switch (kind)
        {
            case TemporalKind.Date:
                return BuildDate(fields, dateSource?.Date);
            case TemporalKind.LocalTime:
                return BuildTime(fields, timeSource?.Time, required: true);
            case TemporalKind.Time:
            {
                var local = BuildTime(fields, timeSource?.Time, required: true);
                if (timeSource is { HasZone: true } zoned)
                {
                    var time = CypherTime.Of(local, zoned.Offset!.Value);
                    return timezone is null ? time : time.WithOffsetSameInstant(OffsetNow(timezone, context));
                }

                return CypherTime.Of(local, timezone is null ? 0 : OffsetNow(timezone, context));
            }

            case TemporalKind.LocalDateTime:
                return CypherLocalDateTime.Of(BuildDate(fields, dateSource?.Date), BuildTime(fields, timeSource?.Time, required: false));
            default:
            {
                var local = CypherLocalDateTime.Of(BuildDate(fields, dateSource?.Date), BuildTime(fields, timeSource?.Time, required: false));
                if (timeSource is { HasZone: true } zoned)
                {
                    var inOwnZone = CypherDateTime.Of(local, zoned.ZoneText!);
                    return timezone is null ? inOwnZone : inOwnZone.WithZoneSameInstant(timezone);
                }

                return CypherDateTime.Of(local, timezone ?? DefaultZone);
            }
        }
    }

    /// <summary>
    /// The date part: calendar (year, month, day), week (year = week-based year, week, dayOfWeek), ordinal
    /// (year, ordinalDay) or quarter (year, quarter, dayOfQuarter) fields, each overriding a selected base date.
    /// </summary>
    public static CypherDate BuildDate(TemporalFields fields, CypherDate? baseDate)
    {
        var year = fields.Integer("year");
        if (baseDate is null && year is null)
        {
            throw TemporalErrors.MissingField(fields.Function, "year", "to build a date");
        }

        if (fields.Has("week") || (fields.Has("dayOfWeek") && !fields.HasAny("month", "day", "ordinalDay", "quarter", "dayOfQuarter")))
        {
            var week = fields.Integer("week") ?? baseDate?.Week ?? throw TemporalErrors.MissingField(fields.Function, "week", "with dayOfWeek");
            return CypherDate.OfWeek(year ?? baseDate!.WeekYear, week, fields.Integer("dayOfWeek") ?? baseDate?.DayOfWeek ?? 1);
        }

        if (fields.Has("ordinalDay"))
        {
            return CypherDate.OfOrdinal(year ?? baseDate!.Year, fields.Integer("ordinalDay")!.Value);
        }

        if (fields.HasAny("quarter", "dayOfQuarter"))
        {
            var y = year ?? baseDate!.Year;
            var quarter = fields.Integer("quarter") ?? baseDate?.Quarter ?? throw TemporalErrors.MissingField(fields.Function, "quarter", "with dayOfQuarter");
            if (fields.Integer("dayOfQuarter") is { } dayOfQuarter)
            {
                return CypherDate.OfQuarter(y, quarter, dayOfQuarter);
            }

            if (baseDate is null)
            {
                return CypherDate.OfQuarter(y, quarter, 1);
            }

            // Changing the quarter keeps the month within the quarter and the day of the month (java.time's QUARTER_OF_YEAR).
            if (quarter is < 1 or > 4)
            {
                return CypherDate.OfQuarter(y, quarter, 1);
            }

            var month = ((quarter - 1) * 3) + ((baseDate.Month - 1) % 3) + 1;
            return CypherDate.Of(y, month, Math.Min(baseDate.Day, DaysInMonth(y, (int)month)));
        }

        if (baseDate is null && fields.Has("day") && !fields.Has("month"))
        {
            throw TemporalErrors.MissingField(fields.Function, "month", "with day");
        }

        var yearValue = year ?? baseDate!.Year;
        var monthValue = fields.Integer("month") ?? baseDate?.Month ?? 1;
        if (fields.Integer("day") is { } day)
        {
            return CypherDate.Of(yearValue, monthValue, day);
        }

        var baseDay = baseDate?.Day ?? 1;
        return CypherDate.Of(yearValue, monthValue, monthValue is >= 1 and <= 12 ? Math.Min(baseDay, DaysInMonth(yearValue, (int)monthValue)) : baseDay);
    }

    /// <summary>The time part: hour, minute, second and a fraction from millisecond + microsecond + nanosecond.</summary>
    public static CypherLocalTime BuildTime(TemporalFields fields, CypherLocalTime? baseTime, bool required)
    {
        if (baseTime is null)
        {
            if (!fields.HasAnyTimeField)
            {
                return required
                    ? throw TemporalErrors.MissingField(fields.Function, "hour", "to build a time")
                    : CypherLocalTime.Midnight;
            }

            RequireAbove(fields, "minute", "hour");
            RequireAbove(fields, "second", "minute");
            if (fields.HasAny("millisecond", "microsecond", "nanosecond"))
            {
                RequireAbove(fields, "millisecond", "second");
                RequireAbove(fields, "microsecond", "second");
                RequireAbove(fields, "nanosecond", "second");
            }
        }

        var fraction = fields.HasAny("millisecond", "microsecond", "nanosecond") ? Fraction(fields) : baseTime?.Nanosecond ?? 0;
        return CypherLocalTime.Of(
            fields.Integer("hour") ?? baseTime?.Hour ?? throw TemporalErrors.MissingField(fields.Function, "hour", "to build a time"),
            fields.Integer("minute") ?? baseTime?.Minute ?? 0,
            fields.Integer("second") ?? baseTime?.Second ?? 0,
            fraction);
    }

    private static long Fraction(TemporalFields fields)
    {
        var ms = fields.Integer("millisecond");
        var us = fields.Integer("microsecond");
        var ns = fields.Integer("nanosecond");
        CheckRange("millisecond", ms, 999);
        CheckRange("microsecond", us, ms is null ? 999_999 : 999);
        CheckRange("nanosecond", ns, us is not null ? 999 : ms is not null ? 999_999 : 999_999_999);
        return ((ms ?? 0) * 1_000_000) + ((us ?? 0) * 1000) + (ns ?? 0);
    }

    private static void CheckRange(string field, long? value, long max)
    {
        if (value is { } v && (v < 0 || v > max))
        {
            throw TemporalErrors.InvalidArgumentValue($"Invalid value for {field}: {v} (valid range 0 - {max})");
        }
    }

    private static void RequireAbove(TemporalFields fields, string field, string above)
    {
        if (fields.Has(field) && !fields.Has(above))
        {
            throw TemporalErrors.MissingField(fields.Function, above, $"with {field}");
        }
    }

    private static CypherDateTime FromEpochFields(TemporalFields fields, string timezone)
    {
        var extraNanos = fields.HasAny("millisecond", "microsecond", "nanosecond") ? Fraction(fields) : 0;
        try
        {
            if (fields.Integer("epochSeconds") is { } seconds)
            {
                return CypherDateTime.FromInstant(seconds, extraNanos, timezone);
            }

            var millis = fields.Integer("epochMillis")!.Value;
            return CypherDateTime.FromInstant(Math.DivRem(millis, 1000, out var rest) - (rest < 0 ? 1 : 0), (((rest % 1000) + 1000) % 1000 * 1_000_000) + extraNanos, timezone);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("datetime()");
        }
    }

    private static TemporalParts? Parts(TemporalFields fields, string key)
    {
        if (!fields.Has(key))
        {
            return null;
        }

        var value = fields.Value(key);
        return TemporalParts.TryFrom(value, out var parts)
            ? parts
            : throw TemporalErrors.InvalidArgumentType(fields.Function, $"a temporal value for '{key}'", value);
    }

    /// <summary>A time zone's offset now; for a zone id, the offset it has at statement time.</summary>
    private static int OffsetNow(string timezone, IEvaluationContext context) =>
        CypherTimeZone.OffsetAt(timezone, EpochOf(context.StatementTime).Seconds);

    private static int DaysInMonth(long year, int month) => CypherDate.Of(year, month, 1).PlusMonths(1).PlusDays(-1).Day;
}
