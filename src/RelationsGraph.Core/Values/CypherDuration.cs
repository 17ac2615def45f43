using System.Globalization;
using System.Text;

namespace RelationsGraph.Core.Values;

/// <summary>
/// Cypher DURATION, stored as Neo4j stores it: months, days, seconds and nanoseconds, each kept apart
/// (a month is not a fixed number of days, nor a day a fixed number of seconds). The nanoseconds always
/// carry the sign of the seconds and stay below one second in size.
/// </summary>
public sealed class CypherDuration : IEquatable<CypherDuration>
{
    /// <summary>The average Gregorian month (365.2425 / 12 days) in seconds, used to spread fractional months.</summary>
    public const long AverageSecondsPerMonth = 2_629_746L;

    private CypherDuration(long months, long days, long seconds, int nanoseconds)
    {
        Months = months;
        Days = days;
        Seconds = seconds;
        Nanoseconds = nanoseconds;
    }

    public static CypherDuration Zero { get; } = new(0, 0, 0, 0);

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    /// <summary>The sub-second part, with the sign of <see cref="Seconds"/>, -999 999 999 .. 999 999 999.</summary>
    public int Nanoseconds { get; }

    /// <summary>A duration from whole components; seconds and nanoseconds are normalised, months and days are kept as given.</summary>
    public static CypherDuration Of(long months, long days, long seconds, long nanoseconds)
    {
        try
        {
            seconds = checked(seconds + (nanoseconds / TemporalMath.NanosPerSecond));
            var nanos = nanoseconds % TemporalMath.NanosPerSecond;
            if (seconds < 0 && nanos > 0)
            {
                seconds = checked(seconds + 1);
                nanos -= TemporalMath.NanosPerSecond;
            }
            else if (seconds > 0 && nanos < 0)
            {
                seconds = checked(seconds - 1);
                nanos += TemporalMath.NanosPerSecond;
            }

            return new CypherDuration(months, days, seconds, (int)nanos);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("a duration");
        }
    }

    /// <summary>
    /// A duration from possibly fractional components: the fraction of a month becomes days and seconds
    /// (at <see cref="AverageSecondsPerMonth"/>), the fraction of a day becomes seconds, the fraction of a second nanoseconds.
    /// </summary>
    public static CypherDuration Approximate(decimal months, decimal days, decimal seconds, decimal nanoseconds)
    {
        try
        {
            var wholeMonths = decimal.Truncate(months);
            days += (months - wholeMonths) * AverageSecondsPerMonth / TemporalMath.SecondsPerDay;
            var wholeDays = decimal.Truncate(days);
            seconds += (days - wholeDays) * TemporalMath.SecondsPerDay;
            var wholeSeconds = decimal.Truncate(seconds);
            nanoseconds += (seconds - wholeSeconds) * TemporalMath.NanosPerSecond;
            return Of((long)wholeMonths, (long)wholeDays, (long)wholeSeconds, (long)decimal.Round(nanoseconds, 0, MidpointRounding.ToZero));
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("a duration");
        }
    }

    /// <summary>Parses <c>P14DT16H12M</c>, <c>P0.75M</c>, <c>PT-1.999S</c>, <c>P2012-02-02T14:37:21.545</c> and similar.</summary>
    public static CypherDuration Parse(string text) => TemporalParser.ParseDuration(text);

    public long Years => Months / 12;

    public long Quarters => Months / 3;

    public long Weeks => Days / 7;

    public long Hours => Seconds / 3600;

    public long Minutes => Seconds / 60;

    /// <summary>The whole duration's seconds part in nanoseconds (seconds and fraction together).</summary>
    public decimal TotalNanosOfSeconds => ((decimal)Seconds * TemporalMath.NanosPerSecond) + Nanoseconds;

    public CypherDuration Negate() => Of(checked(-Months), checked(-Days), checked(-Seconds), -Nanoseconds);

    public CypherDuration Plus(CypherDuration other)
    {
        ArgumentNullException.ThrowIfNull(other);
        try
        {
            return Of(checked(Months + other.Months), checked(Days + other.Days), checked(Seconds + other.Seconds), (long)Nanoseconds + other.Nanoseconds);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("duration addition");
        }
    }

    public CypherDuration Minus(CypherDuration other)
    {
        ArgumentNullException.ThrowIfNull(other);
        try
        {
            return Of(checked(Months - other.Months), checked(Days - other.Days), checked(Seconds - other.Seconds), (long)Nanoseconds - other.Nanoseconds);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("duration subtraction");
        }
    }

    public CypherDuration Multiply(long factor)
    {
        try
        {
            return Of(checked(Months * factor), checked(Days * factor), checked(Seconds * factor), checked((long)Nanoseconds * factor));
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow("duration multiplication");
        }
    }

    /// <summary>Multiplies by a fraction; the fractions of each component cascade into the smaller ones.</summary>
    public CypherDuration Multiply(decimal factor) => Approximate(Months * factor, Days * factor, Seconds * factor, Nanoseconds * factor);

    public CypherDuration Divide(decimal divisor) =>
        divisor == 0m ? throw TemporalErrors.InvalidValue("Cannot divide a duration by zero.") : Approximate(Months / divisor, Days / divisor, Seconds / divisor, Nanoseconds / divisor);

    public bool Equals(CypherDuration? other) =>
        other is not null && other.Months == Months && other.Days == Days && other.Seconds == Seconds && other.Nanoseconds == Nanoseconds;

    public override bool Equals(object? obj) => Equals(obj as CypherDuration);

    public override int GetHashCode() => HashCode.Combine(Months, Days, Seconds, Nanoseconds);

    /// <summary>ISO 8601 as Neo4j prints it: <c>P12Y5M14DT16H13M10.000000001S</c>, <c>PT-1.999S</c>, <c>PT0S</c>.</summary>
    public override string ToString()
    {
        if (Months == 0 && Days == 0 && Seconds == 0 && Nanoseconds == 0)
        {
            return "PT0S";
        }

        var sb = new StringBuilder("P");
        Append(sb, Months / 12, 'Y');
        Append(sb, Months % 12, 'M');
        Append(sb, Days, 'D');
        if (Seconds != 0 || Nanoseconds != 0)
        {
            sb.Append('T');
            Append(sb, Seconds / 3600, 'H');
            Append(sb, Seconds % 3600 / 60, 'M');
            var s = Seconds % 60;
            if (s != 0 || Nanoseconds != 0)
            {
                if (s == 0 && Nanoseconds < 0)
                {
                    sb.Append('-');
                }

                sb.Append(s.ToString(CultureInfo.InvariantCulture));
                if (Nanoseconds != 0)
                {
                    sb.Append('.').Append(Math.Abs(Nanoseconds).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                sb.Append('S');
            }
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, long quantity, char unit)
    {
        if (quantity != 0)
        {
            sb.Append(quantity.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
