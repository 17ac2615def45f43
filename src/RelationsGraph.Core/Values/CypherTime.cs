using System.Text;

namespace RelationsGraph.Core.Values;

/// <summary>Cypher ZONED TIME: a time of day with nanosecond precision and a UTC offset.</summary>
public sealed class CypherTime : IEquatable<CypherTime>, IComparable<CypherTime>
{
    private CypherTime(CypherLocalTime localTime, int offsetSeconds)
    {
        LocalTime = localTime;
        OffsetSeconds = offsetSeconds;
    }

    public CypherLocalTime LocalTime { get; }

    /// <summary>Offset from UTC in seconds, -18:00 .. +18:00.</summary>
    public int OffsetSeconds { get; }

    public long NanoOfDay => LocalTime.NanoOfDay;

    /// <summary>The time of day on the UTC time line, unwrapped (may fall outside one day); the basis of ordering.</summary>
    public long UtcNanoOfDay => LocalTime.NanoOfDay - (OffsetSeconds * TemporalMath.NanosPerSecond);

    public static CypherTime Of(CypherLocalTime localTime, int offsetSeconds)
    {
        ArgumentNullException.ThrowIfNull(localTime);
        TemporalMath.CheckRange("offset seconds", offsetSeconds, -TemporalMath.MaxOffsetSeconds, TemporalMath.MaxOffsetSeconds);
        return new CypherTime(localTime, offsetSeconds);
    }

    /// <summary>Parses forms such as <c>21:40:32.142+0100</c>, <c>214032.142Z</c> or <c>2140-02</c>.</summary>
    public static CypherTime Parse(string text) => TemporalParser.ParseTime(text);

    /// <summary>The same instant seen with another offset.</summary>
    public CypherTime WithOffsetSameInstant(int offsetSeconds) =>
        Of(LocalTime.PlusNanos((offsetSeconds - OffsetSeconds) * TemporalMath.NanosPerSecond), offsetSeconds);

    public bool Equals(CypherTime? other) =>
        other is not null && other.OffsetSeconds == OffsetSeconds && other.LocalTime.Equals(LocalTime);

    public override bool Equals(object? obj) => Equals(obj as CypherTime);

    public override int GetHashCode() => HashCode.Combine(LocalTime.NanoOfDay, OffsetSeconds);

    /// <summary>By instant (UTC time of day), then by offset, as java.time's OffsetTime orders.</summary>
    public int CompareTo(CypherTime? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byInstant = UtcNanoOfDay.CompareTo(other.UtcNanoOfDay);
        return byInstant != 0 ? byInstant : LocalTime.CompareTo(other.LocalTime);
    }


    public static bool operator ==(CypherTime? left, CypherTime? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(CypherTime? left, CypherTime? right) => !(left == right);

    public static bool operator <(CypherTime? left, CypherTime? right) => Comparer<CypherTime?>.Default.Compare(left, right) < 0;

    public static bool operator <=(CypherTime? left, CypherTime? right) => Comparer<CypherTime?>.Default.Compare(left, right) <= 0;

    public static bool operator >(CypherTime? left, CypherTime? right) => Comparer<CypherTime?>.Default.Compare(left, right) > 0;

    public static bool operator >=(CypherTime? left, CypherTime? right) => Comparer<CypherTime?>.Default.Compare(left, right) >= 0;

    public override string ToString()
    {
        var sb = new StringBuilder(24);
        TemporalMath.AppendTime(sb, LocalTime.NanoOfDay);
        TemporalMath.AppendOffset(sb, OffsetSeconds);
        return sb.ToString();
    }
}
