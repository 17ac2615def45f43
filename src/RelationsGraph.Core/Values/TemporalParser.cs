using System.Globalization;
using System.Text.RegularExpressions;

namespace RelationsGraph.Core.Values;

/// <summary>ISO 8601 text to temporal values, in the extended and basic forms Cypher accepts.</summary>
internal static partial class TemporalParser
{
    public static CypherDate ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryDate(text.Trim()) ?? throw TemporalErrors.CannotParse("date", text);
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = SplitTime(text.Trim());
        if (parts is not { } p || p.Offset is not null || p.ZoneId is not null)
        {
            throw TemporalErrors.CannotParse("local time", text);
        }

        return p.Time;
    }

    public static CypherTime ParseTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = SplitTime(text.Trim());
        if (parts is not { } p || p.ZoneId is not null)
        {
            throw TemporalErrors.CannotParse("time", text);
        }

        return CypherTime.Of(p.Time, p.Offset ?? 0);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (date, time) = SplitDateTime(text.Trim(), "local datetime");
        if (time is { } t && (t.Offset is not null || t.ZoneId is not null))
        {
            throw TemporalErrors.CannotParse("local datetime", text);
        }

        return CypherLocalDateTime.Of(date, time?.Time ?? CypherLocalTime.Midnight);
    }

    public static CypherDateTime ParseDateTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (date, time) = SplitDateTime(text.Trim(), "datetime");
        var local = CypherLocalDateTime.Of(date, time?.Time ?? CypherLocalTime.Midnight);
        if (time?.ZoneId is { } zoneId)
        {
            var zoned = CypherDateTime.Of(local, zoneId);
            if (time.Value.Offset is { } preferred && preferred != zoned.OffsetSeconds)
            {
                // An explicit offset may pick between the two offsets of an overlap; any other offset contradicts the zone.
                if (CypherTimeZone.OffsetAt(zoneId, local.LocalEpochSecond - preferred) != preferred)
                {
                    throw TemporalErrors.InvalidValue(
                        $"Offset {CypherTimeZone.FormatOffset(preferred)} is not valid for {local}[{zoneId}] in \"{text}\".");
                }

                return CypherDateTime.FromInstant(local.LocalEpochSecond - preferred, local.Time.Nanosecond, zoneId);
            }

            return zoned;
        }

        return CypherDateTime.OfOffset(local, time?.Offset ?? 0);
    }

    /// <summary>
    /// ISO 8601 durations: <c>P1Y2M3W4DT5H6M7.5S</c> (any component may be fractional or signed, a leading sign
    /// negates all) and the alternative form <c>P2012-02-02T14:37:21.545</c>.
    /// </summary>
    public static CypherDuration ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var m = DurationPattern().Match(trimmed);
        decimal years, months, weeks, days, hours, minutes, seconds;
        bool negate;
        if (m.Success && (m.Groups["y"].Success || m.Groups["mo"].Success || m.Groups["w"].Success || m.Groups["d"].Success
            || m.Groups["h"].Success || m.Groups["mi"].Success || m.Groups["s"].Success)
            && !(m.Groups["t"].Success && !m.Groups["h"].Success && !m.Groups["mi"].Success && !m.Groups["s"].Success))
        {
            negate = m.Groups["sign"].Value == "-";
            years = Number(m.Groups["y"]);
            months = Number(m.Groups["mo"]);
            weeks = Number(m.Groups["w"]);
            days = Number(m.Groups["d"]);
            hours = Number(m.Groups["h"]);
            minutes = Number(m.Groups["mi"]);
            seconds = Number(m.Groups["s"]);
        }
        else if (AlternativeDurationPattern().Match(trimmed) is { Success: true } a)
        {
            negate = a.Groups["sign"].Value == "-";
            years = Number(a.Groups["y"]);
            months = Number(a.Groups["mo"]);
            weeks = 0;
            days = Number(a.Groups["d"]);
            hours = Number(a.Groups["h"]);
            minutes = Number(a.Groups["mi"]);
            seconds = Number(a.Groups["s"]);
        }
        else
        {
            throw TemporalErrors.CannotParse("duration", text);
        }

        var duration = CypherDuration.Approximate((years * 12) + months, (weeks * 7) + days, (hours * 3600) + (minutes * 60) + seconds, 0m);
        return negate ? duration.Negate() : duration;
    }

    private static decimal Number(Group group) =>
        group.Success ? decimal.Parse(group.Value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0m;

    private static CypherDate? TryDate(string text)
    {
        // The common form, yyyy-MM-dd, without the regular expressions (an import parses a date per row).
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text, 0, 4, out var y) && TryDigits(text, 5, 2, out var mo) && TryDigits(text, 8, 2, out var d))
        {
            return CypherDate.Of(y, mo, d);
        }

        var m = DateExtended().Match(text);
        if (!m.Success)
        {
            m = DateBasic().Match(text);
        }

        if (!m.Success)
        {
            return null;
        }

        var year = long.Parse(m.Groups["year"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (m.Groups["week"].Success)
        {
            return CypherDate.OfWeek(year, Int(m.Groups["week"]), m.Groups["dow"].Success ? Int(m.Groups["dow"]) : 1);
        }

        if (m.Groups["ordinal"].Success)
        {
            return CypherDate.OfOrdinal(year, Int(m.Groups["ordinal"]));
        }

        return CypherDate.Of(year, m.Groups["month"].Success ? Int(m.Groups["month"]) : 1, m.Groups["day"].Success ? Int(m.Groups["day"]) : 1);
    }

    private static (CypherDate Date, TimeParts? Time) SplitDateTime(string text, string typeName)
    {
        var t = text.IndexOfAny(['T', 't']);
        var datePart = t < 0 ? text : text[..t];
        var date = TryDate(datePart) ?? throw TemporalErrors.CannotParse(typeName, text);
        if (t < 0)
        {
            return (date, null);
        }

        var time = SplitTime(text[(t + 1)..]) ?? throw TemporalErrors.CannotParse(typeName, text);
        return (date, time);
    }

    private static TimeParts? SplitTime(string text)
    {
        var m = TimePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var fraction = m.Groups["f"].Success ? m.Groups["f"].Value.PadRight(9, '0') : "0";
        var time = CypherLocalTime.Of(
            Int(m.Groups["h"]),
            m.Groups["m"].Success ? Int(m.Groups["m"]) : 0,
            m.Groups["s"].Success ? Int(m.Groups["s"]) : 0,
            long.Parse(fraction, CultureInfo.InvariantCulture));
        int? offset = null;
        if (m.Groups["zone"].Success)
        {
            if (!CypherTimeZone.TryParseOffset(m.Groups["zone"].Value, out var seconds))
            {
                return null;
            }

            offset = seconds;
        }

        var zoneId = m.Groups["zoneid"].Success ? m.Groups["zoneid"].Value : null;
        return new TimeParts(time, offset, zoneId);
    }

    private static long Int(Group group) => long.Parse(group.Value, CultureInfo.InvariantCulture);

    private readonly record struct TimeParts(CypherLocalTime Time, int? Offset, string? ZoneId);

    [GeneratedRegex(@"^(?<year>[0-9]{4}|[+-][0-9]{1,9})(?:-(?<month>[0-9]{1,2})(?:-(?<day>[0-9]{1,2}))?|-W(?<week>[0-9]{2})(?:-(?<dow>[1-7]))?|-(?<ordinal>[0-9]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateExtended();

    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:(?<month>[0-9]{2})(?<day>[0-9]{2})?|W(?<week>[0-9]{2})(?<dow>[1-7])?|(?<ordinal>[0-9]{3}))$", RegexOptions.CultureInvariant)]
    private static partial Regex DateBasic();

    [GeneratedRegex(@"^(?<h>[0-9]{2})(?::(?<m>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,](?<f>[0-9]{1,9}))?)?|(?<m>[0-9]{2})(?:(?<s>[0-9]{2})(?:[.,](?<f>[0-9]{1,9}))?)?)?(?<zone>[Zz]|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)?(?:\[(?<zoneid>[^\]]+)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)P(?:(?<y>[-+]?[0-9]+(?:[.,][0-9]+)?)Y)?(?:(?<mo>[-+]?[0-9]+(?:[.,][0-9]+)?)M)?(?:(?<w>[-+]?[0-9]+(?:[.,][0-9]+)?)W)?(?:(?<d>[-+]?[0-9]+(?:[.,][0-9]+)?)D)?(?<t>T(?:(?<h>[-+]?[0-9]+(?:[.,][0-9]+)?)H)?(?:(?<mi>[-+]?[0-9]+(?:[.,][0-9]+)?)M)?(?:(?<s>[-+]?[0-9]+(?:[.,][0-9]+)?)S)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)P(?<y>[0-9]{4})-?(?<mo>[0-9]{2})-?(?<d>[0-9]{2})T(?<h>[0-9]{2}):?(?<mi>[0-9]{2}):?(?<s>[0-9]{2}(?:[.,][0-9]{1,9})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeDurationPattern();

    private static bool TryDigits(string text, int start, int count, out long value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
