using System.Text;

namespace RelationsGraph.Core.Values;

/// <summary>
/// Cypher ZONED DATETIME: a local date-time with a UTC offset and, when created with a named zone, the IANA
/// zone id (e.g. <c>Europe/Stockholm</c>) whose rules gave the offset.
/// </summary>
public sealed class CypherDateTime : IEquatable<CypherDateTime>, IComparable<CypherDateTime>
{
    private CypherDateTime(CypherLocalDateTime local, int offsetSeconds, string? zoneId)
    {
        Local = local;
        OffsetSeconds = offsetSeconds;
        ZoneId = zoneId;
    }

    public CypherLocalDateTime Local { get; }

    public int OffsetSeconds { get; }

    /// <summary>The IANA zone id, or null for a fixed offset.</summary>
    public string? ZoneId { get; }

    public CypherDate Date => Local.Date;

    public CypherLocalTime Time => Local.Time;

    /// <summary>Seconds since 1970-01-01T00:00Z of this instant.</summary>
    public long EpochSecond => Local.LocalEpochSecond - OffsetSeconds;

    /// <summary>The nanosecond fraction of <see cref="EpochSecond"/>.</summary>
    public int Nanosecond => Local.Time.Nanosecond;

    /// <summary>The zone text: the zone id, else the offset (<c>+01:00</c>, <c>Z</c>).</summary>
    public string TimeZone => ZoneId ?? TemporalMath.OffsetText(OffsetSeconds);

    public static CypherDateTime OfOffset(CypherLocalDateTime local, int offsetSeconds)
    {
        ArgumentNullException.ThrowIfNull(local);
        TemporalMath.CheckRange("offset seconds", offsetSeconds, -TemporalMath.MaxOffsetSeconds, TemporalMath.MaxOffsetSeconds);
        return new CypherDateTime(local, offsetSeconds, null);
    }

    /// <summary>
    /// The local date-time in a zone given as offset text or zone id. For a zone id the offset comes from its
    /// rules; a local time in a daylight-saving gap moves forward by the gap, in an overlap the earlier offset wins.
    /// </summary>
    public static CypherDateTime Of(CypherLocalDateTime local, string timezone)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(timezone);
        if (CypherTimeZone.TryParseOffset(timezone, out var offset))
        {
            return OfOffset(local, offset);
        }

        var rules = ZoneRules.Find(timezone) ?? throw TemporalErrors.UnknownZone(timezone);
        var (resolved, localSecond) = rules.Resolve(local.LocalEpochSecond);
        var adjusted = localSecond == local.LocalEpochSecond ? local : CypherLocalDateTime.FromLocalEpochSecond(localSecond, local.Time.Nanosecond);
        return new CypherDateTime(adjusted, resolved, rules.Id);
    }

    /// <summary>The instant <paramref name="epochSecond"/> + <paramref name="nanosecond"/> seen in a zone (offset text or zone id).</summary>
    public static CypherDateTime FromInstant(long epochSecond, long nanosecond, string timezone)
    {
        ArgumentNullException.ThrowIfNull(timezone);
        epochSecond = checked(epochSecond + TemporalMath.FloorDiv(nanosecond, TemporalMath.NanosPerSecond));
        nanosecond = TemporalMath.FloorMod(nanosecond, TemporalMath.NanosPerSecond);
        string? zoneId = null;
        if (!CypherTimeZone.TryParseOffset(timezone, out var offset))
        {
            var rules = ZoneRules.Find(timezone) ?? throw TemporalErrors.UnknownZone(timezone);
            offset = rules.OffsetAt(epochSecond);
            zoneId = rules.Id;
        }

        return new CypherDateTime(CypherLocalDateTime.FromLocalEpochSecond(checked(epochSecond + offset), nanosecond), offset, zoneId);
    }

    /// <summary>Parses <c>date 'T' time</c> with an optional offset and optional <c>[Zone/Id]</c>; no zone means UTC.</summary>
    public static CypherDateTime Parse(string text) => TemporalParser.ParseDateTime(text);

    /// <summary>The same instant in another zone.</summary>
    public CypherDateTime WithZoneSameInstant(string timezone) => FromInstant(EpochSecond, Nanosecond, timezone);

    /// <summary>The local date-time again placed in this value's zone (re-resolving the offset for a zone id).</summary>
    public CypherDateTime WithLocal(CypherLocalDateTime local) =>
        ZoneId is null ? OfOffset(local, OffsetSeconds) : Of(local, ZoneId);

    public bool Equals(CypherDateTime? other) =>
        other is not null && other.OffsetSeconds == OffsetSeconds && string.Equals(other.ZoneId, ZoneId, StringComparison.Ordinal) && other.Local.Equals(Local);

    public override bool Equals(object? obj) => Equals(obj as CypherDateTime);

    public override int GetHashCode() => HashCode.Combine(Local, OffsetSeconds, ZoneId);

    /// <summary>By instant, then local date-time, then zone id, as java.time's ZonedDateTime orders.</summary>
    public int CompareTo(CypherDateTime? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = EpochSecond.CompareTo(other.EpochSecond);
        if (c == 0)
        {
            c = Nanosecond.CompareTo(other.Nanosecond);
        }

        if (c == 0)
        {
            c = Local.CompareTo(other.Local);
        }

        return c != 0 ? c : string.CompareOrdinal(ZoneId, other.ZoneId);
    }


    public static bool operator ==(CypherDateTime? left, CypherDateTime? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(CypherDateTime? left, CypherDateTime? right) => !(left == right);

    public static bool operator <(CypherDateTime? left, CypherDateTime? right) => Comparer<CypherDateTime?>.Default.Compare(left, right) < 0;

    public static bool operator <=(CypherDateTime? left, CypherDateTime? right) => Comparer<CypherDateTime?>.Default.Compare(left, right) <= 0;

    public static bool operator >(CypherDateTime? left, CypherDateTime? right) => Comparer<CypherDateTime?>.Default.Compare(left, right) > 0;

    public static bool operator >=(CypherDateTime? left, CypherDateTime? right) => Comparer<CypherDateTime?>.Default.Compare(left, right) >= 0;

    public override string ToString()
    {
        var sb = new StringBuilder(48);
        sb.Append(Local.ToString());
        TemporalMath.AppendOffset(sb, OffsetSeconds);
        if (ZoneId is not null)
        {
            sb.Append('[').Append(ZoneId).Append(']');
        }

        return sb.ToString();
    }
}
