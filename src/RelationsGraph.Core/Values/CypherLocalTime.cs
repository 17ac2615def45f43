using System.Text;

namespace RelationsGraph.Core.Values;

/// <summary>Cypher LOCAL TIME: a time of day with nanosecond precision and no time zone.</summary>
public sealed class CypherLocalTime : IEquatable<CypherLocalTime>, IComparable<CypherLocalTime>
{
    private CypherLocalTime(long nanoOfDay) => NanoOfDay = nanoOfDay;

    public static CypherLocalTime Midnight { get; } = new(0);

    /// <summary>Nanoseconds since midnight, 0 .. 86 399 999 999 999.</summary>
    public long NanoOfDay { get; }

    public int Hour => (int)(NanoOfDay / TemporalMath.NanosPerHour);

    public int Minute => (int)(NanoOfDay / TemporalMath.NanosPerMinute % 60);

    public int Second => (int)(NanoOfDay / TemporalMath.NanosPerSecond % 60);

    /// <summary>The fraction of the second in nanoseconds, 0 .. 999 999 999.</summary>
    public int Nanosecond => (int)(NanoOfDay % TemporalMath.NanosPerSecond);

    public static CypherLocalTime Of(long hour, long minute = 0, long second = 0, long nanosecond = 0)
    {
        TemporalMath.CheckRange("hour", hour, 0, 23);
        TemporalMath.CheckRange("minute", minute, 0, 59);
        TemporalMath.CheckRange("second", second, 0, 59);
        TemporalMath.CheckRange("nanosecond", nanosecond, 0, 999_999_999);
        return new CypherLocalTime((hour * TemporalMath.NanosPerHour) + (minute * TemporalMath.NanosPerMinute) + (second * TemporalMath.NanosPerSecond) + nanosecond);
    }

    public static CypherLocalTime FromNanoOfDay(long nanoOfDay)
    {
        TemporalMath.CheckRange("nano of day", nanoOfDay, 0, TemporalMath.NanosPerDay - 1);
        return new CypherLocalTime(nanoOfDay);
    }

    /// <summary>Parses ISO 8601 forms such as <c>21:40:32.142</c>, <c>214032</c>, <c>21:40</c> or <c>21</c>.</summary>
    public static CypherLocalTime Parse(string text) => TemporalParser.ParseLocalTime(text);

    /// <summary>The time moved by a signed number of nanoseconds, wrapping around midnight.</summary>
    public CypherLocalTime PlusNanos(long nanos) =>
        new(TemporalMath.FloorMod(NanoOfDay + TemporalMath.FloorMod(nanos, TemporalMath.NanosPerDay), TemporalMath.NanosPerDay));

    public bool Equals(CypherLocalTime? other) => other is not null && other.NanoOfDay == NanoOfDay;

    public override bool Equals(object? obj) => Equals(obj as CypherLocalTime);

    public override int GetHashCode() => NanoOfDay.GetHashCode();

    public int CompareTo(CypherLocalTime? other) => other is null ? 1 : NanoOfDay.CompareTo(other.NanoOfDay);


    public static bool operator ==(CypherLocalTime? left, CypherLocalTime? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(CypherLocalTime? left, CypherLocalTime? right) => !(left == right);

    public static bool operator <(CypherLocalTime? left, CypherLocalTime? right) => Comparer<CypherLocalTime?>.Default.Compare(left, right) < 0;

    public static bool operator <=(CypherLocalTime? left, CypherLocalTime? right) => Comparer<CypherLocalTime?>.Default.Compare(left, right) <= 0;

    public static bool operator >(CypherLocalTime? left, CypherLocalTime? right) => Comparer<CypherLocalTime?>.Default.Compare(left, right) > 0;

    public static bool operator >=(CypherLocalTime? left, CypherLocalTime? right) => Comparer<CypherLocalTime?>.Default.Compare(left, right) >= 0;

    public override string ToString()
    {
        var sb = new StringBuilder(18);
        TemporalMath.AppendTime(sb, NanoOfDay);
        return sb.ToString();
    }
}
