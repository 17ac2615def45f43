using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>The components of temporal values: <c>d.year</c>, <c>t.offsetMinutes</c>, <c>dur.minutesOfHour</c>.</summary>
internal static class TemporalProperties
{
    public static bool TryGet(object temporal, string key, out object? value)
    {
        value = temporal switch
        {
            CypherDuration d => OfDuration(d, key),
            _ when TemporalParts.TryFrom(temporal, out var parts) => OfInstant(temporal, parts, key),
            _ => null,
        };
        return value is not null;
    }

    private static object? OfInstant(object temporal, TemporalParts parts, string key)
    {
        var k = key.ToLowerInvariant();
        if (parts.Date is { } date && OfDate(date, k) is { } dateValue)
        {
            return dateValue;
        }

        if (parts.Time is { } time && OfTime(time, k) is { } timeValue)
        {
            return timeValue;
        }

        if (parts.Offset is { } offset)
        {
            switch (k)
            {
                case "timezone":
                    return parts.ZoneText;
                case "offset":
                    return CypherTimeZone.FormatOffset(offset);
                case "offsetminutes":
                    return (long)(offset / 60);
                case "offsetseconds":
                    return (long)offset;
            }
        }

        if (temporal is CypherDateTime dt)
        {
            switch (k)
            {
                case "epochseconds":
                    return dt.EpochSecond;
                case "epochmillis":
                    return checked((dt.EpochSecond * 1000) + (dt.Nanosecond / 1_000_000));
            }
        }

        return null;
    }

    private static object? OfDate(CypherDate date, string key) => key switch
    {
        "year" => date.Year,
        "quarter" => (long)date.Quarter,
        "month" => (long)date.Month,
        "week" => (long)date.Week,
        "weekyear" => date.WeekYear,
        "dayofweek" or "weekday" => (long)date.DayOfWeek,
        "day" => (long)date.Day,
        "ordinalday" => (long)date.DayOfYear,
        "dayofquarter" => (long)date.DayOfQuarter,
        _ => null,
    };

    private static object? OfTime(CypherLocalTime time, string key) => key switch
    {
        "hour" => (long)time.Hour,
        "minute" => (long)time.Minute,
        "second" => (long)time.Second,
        "millisecond" => (long)(time.Nanosecond / 1_000_000),
        "microsecond" => (long)(time.Nanosecond / 1000),
        "nanosecond" => (long)time.Nanosecond,
        _ => null,
    };

    private static object? OfDuration(CypherDuration d, string key)
    {
        try
        {
            return key.ToLowerInvariant() switch
            {
                "years" => d.Months / 12,
                "quarters" => d.Months / 3,
                "months" => d.Months,
                "weeks" => d.Days / 7,
                "days" => d.Days,
                "hours" => d.Seconds / 3600,
                "minutes" => d.Seconds / 60,
                "seconds" => d.Seconds,
                "milliseconds" => checked((d.Seconds * 1000) + (d.Nanoseconds / 1_000_000)),
                "microseconds" => checked((d.Seconds * 1_000_000) + (d.Nanoseconds / 1000)),
                "nanoseconds" => checked((d.Seconds * 1_000_000_000) + d.Nanoseconds),
                "quartersofyear" => d.Months / 3 % 4,
                "monthsofquarter" => d.Months % 3,
                "monthsofyear" => d.Months % 12,
                "daysofweek" => d.Days % 7,
                "minutesofhour" => d.Seconds / 60 % 60,
                "secondsofminute" => d.Seconds % 60,
                "millisecondsofsecond" => (long)(d.Nanoseconds / 1_000_000),
                "microsecondsofsecond" => (long)(d.Nanoseconds / 1000),
                "nanosecondsofsecond" => (long)d.Nanoseconds,
                _ => (object?)null,
            };
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow($"duration.{key}");
        }
    }
}
