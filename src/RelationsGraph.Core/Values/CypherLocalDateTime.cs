using System.Text;

namespace RelationsGraph.Core.Values;

/// <summary>Cypher LOCAL DATETIME: a date and a time of day with nanosecond precision, no time zone.</summary>
public sealed class CypherLocalDateTime : IEquatable<CypherLocalDateTime>, IComparable<CypherLocalDateTime>
{
    private CypherLocalDateTime(CypherDate date, CypherLocalTime time)
    {
        Date = date;
        Time = time;
    }

    public CypherDate Date { get; }

    public CypherLocalTime Time { get; }

    /// <summary>Seconds since 1970-01-01T00:00 on the local time line (ignoring the fraction).</summary>
    public long LocalEpochSecond => checked((Date.EpochDay * TemporalMath.SecondsPerDay) + (Time.NanoOfDay / TemporalMath.NanosPerSecond));

    public static CypherLocalDateTime Of(CypherDate date, CypherLocalTime time)
    {
        ArgumentNullException.ThrowIfNull(date);
        ArgumentNullException.ThrowIfNull(time);
        return new CypherLocalDateTime(date, time);
    }

    /// <summary>The local date-time a number of seconds (plus a nanosecond fraction) after 1970-01-01T00:00.</summary>
    public static CypherLocalDateTime FromLocalEpochSecond(long epochSecond, long nanosecond)
    {
        var day = TemporalMath.FloorDiv(epochSecond, TemporalMath.SecondsPerDay);
        var secondOfDay = TemporalMath.FloorMod(epochSecond, TemporalMath.SecondsPerDay);
        return new CypherLocalDateTime(
            CypherDate.FromEpochDay(day),
            CypherLocalTime.FromNanoOfDay((secondOfDay * TemporalMath.NanosPerSecond) + nanosecond));
    }

    /// <summary>Parses <c>date 'T' time</c> in any ISO 8601 form <see cref="CypherDate.Parse"/> and <see cref="CypherLocalTime.Parse"/> accept.</summary>
    public static CypherLocalDateTime Parse(string text) => TemporalParser.ParseLocalDateTime(text);

    /// <summary>Moves by whole days and a signed number of nanoseconds, carrying across midnight.</summary>
    public CypherLocalDateTime Plus(long days, long seconds, long nanos)
    {
        var totalNanos = (Time.NanoOfDay % TemporalMath.NanosPerSecond) + nanos;
        var secondsSum = checked((Time.NanoOfDay / TemporalMath.NanosPerSecond) + seconds + TemporalMath.FloorDiv(totalNanos, TemporalMath.NanosPerSecond));
        var dayCarry = TemporalMath.FloorDiv(secondsSum, TemporalMath.SecondsPerDay);
        var secondOfDay = TemporalMath.FloorMod(secondsSum, TemporalMath.SecondsPerDay);
        var nanoOfDay = (secondOfDay * TemporalMath.NanosPerSecond) + TemporalMath.FloorMod(totalNanos, TemporalMath.NanosPerSecond);
        return new CypherLocalDateTime(Date.PlusDays(checked(days + dayCarry)), CypherLocalTime.FromNanoOfDay(nanoOfDay));
    }

    public bool Equals(CypherLocalDateTime? other) => other is not null && other.Date.Equals(Date) && other.Time.Equals(Time);

    public override bool Equals(object? obj) => Equals(obj as CypherLocalDateTime);

    public override int GetHashCode() => HashCode.Combine(Date.EpochDay, Time.NanoOfDay);

    public int CompareTo(CypherLocalDateTime? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Time.CompareTo(other.Time);
    }


    public static bool operator ==(CypherLocalDateTime? left, CypherLocalDateTime? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(CypherLocalDateTime? left, CypherLocalDateTime? right) => !(left == right);

    public static bool operator <(CypherLocalDateTime? left, CypherLocalDateTime? right) => Comparer<CypherLocalDateTime?>.Default.Compare(left, right) < 0;

    public static bool operator <=(CypherLocalDateTime? left, CypherLocalDateTime? right) => Comparer<CypherLocalDateTime?>.Default.Compare(left, right) <= 0;

    public static bool operator >(CypherLocalDateTime? left, CypherLocalDateTime? right) => Comparer<CypherLocalDateTime?>.Default.Compare(left, right) > 0;

    public static bool operator >=(CypherLocalDateTime? left, CypherLocalDateTime? right) => Comparer<CypherLocalDateTime?>.Default.Compare(left, right) >= 0;

    public override string ToString()
    {
        var sb = new StringBuilder(32);
        TemporalMath.AppendDate(sb, Date.Year, Date.Month, Date.Day);
        sb.Append('T');
        TemporalMath.AppendTime(sb, Time.NanoOfDay);
        return sb.ToString();
    }
}
