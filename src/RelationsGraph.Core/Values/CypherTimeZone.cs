using System.Globalization;

namespace RelationsGraph.Core.Values;

/// <summary>Time zone text as Cypher accepts it: an offset (<c>Z</c>, <c>+01</c>, <c>+0100</c>, <c>-02:05:07</c>) or an IANA id.</summary>
public static class CypherTimeZone
{
    /// <summary>Parses an offset; false when the text is not one (it may still be a zone id).</summary>
    public static bool TryParseOffset(string text, out int offsetSeconds)
    {
        ArgumentNullException.ThrowIfNull(text);
        offsetSeconds = 0;
        if (text is "Z" or "z")
        {
            return true;
        }

        if (text.Length < 3 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var extended = text.Contains(':', StringComparison.Ordinal);
        var validShape = extended
            ? text.Length is 6 or 9 && text[3] == ':' && (text.Length == 6 || text[6] == ':')
            : digits.Length is 2 or 4 or 6;
        if (!validShape || digits.Any(c => c is < '0' or > '9'))
        {
            return false;
        }

        var hours = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture) : 0;
        var seconds = digits.Length >= 6 ? int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        var total = (hours * 3600) + (minutes * 60) + seconds;
        if (total > TemporalMath.MaxOffsetSeconds)
        {
            return false;
        }

        offsetSeconds = text[0] == '-' ? -total : total;
        return true;
    }

    /// <summary>True for an IANA zone id the system knows, e.g. <c>Europe/Stockholm</c>.</summary>
    public static bool IsKnownZoneId(string id) => ZoneRules.Find(id) is not null;

    /// <summary>The offset the zone (offset text or zone id) has at an instant.</summary>
    public static int OffsetAt(string timezone, long epochSecond)
    {
        if (TryParseOffset(timezone, out var offset))
        {
            return offset;
        }

        var rules = ZoneRules.Find(timezone) ?? throw TemporalErrors.UnknownZone(timezone);
        return rules.OffsetAt(epochSecond);
    }

    /// <summary>The offset text java.time would print: <c>Z</c>, <c>+01:00</c>, <c>+00:53:28</c>.</summary>
    public static string FormatOffset(int offsetSeconds) => TemporalMath.OffsetText(offsetSeconds);
}
