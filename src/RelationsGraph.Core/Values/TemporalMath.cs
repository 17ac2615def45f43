using System.Globalization;
using System.Text;

namespace RelationsGraph.Core.Values;

/// <summary>
/// Calendar arithmetic on the proleptic Gregorian calendar with 64-bit day counts, so years far outside
/// .NET's 1..9999 work, plus the shared pieces of Cypher's temporal text format.
/// </summary>
internal static class TemporalMath
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerMinute = 60 * NanosPerSecond;
    public const long NanosPerHour = 60 * NanosPerMinute;
    public const long NanosPerDay = 24 * NanosPerHour;
    public const long SecondsPerDay = 86_400L;

    /// <summary>Neo4j's bounds for the year of any temporal value.</summary>
    public const long MinYear = -999_999_999L;
    public const long MaxYear = 999_999_999L;

    /// <summary>The longest offset allowed (Java's ZoneOffset bound): 18 hours.</summary>
    public const int MaxOffsetSeconds = 18 * 3600;

    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    public static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);

    public static bool IsLeapYear(long year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static int DaysInYear(long year) => IsLeapYear(year) ? 366 : 365;

    /// <summary>Days since 1970-01-01 of a valid calendar date (era-based algorithm, exact for any long year).</summary>
    public static long EpochDayOf(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yoe = y - (era * 400);
        var mp = (month + 9) % 12;
        var doy = ((153 * mp) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146_097) + doe - 719_468;
    }

    public static (long Year, int Month, int Day) CivilFromEpochDay(long epochDay)
    {
        var z = epochDay + 719_468;
        var era = FloorDiv(z, 146_097);
        var doe = z - (era * 146_097);
        var yoe = (doe - (doe / 1460) + (doe / 36_524) - (doe / 146_096)) / 365;
        var y = yoe + (era * 400);
        var doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        var mp = ((5 * doy) + 2) / 153;
        var d = (int)(doy - (((153 * mp) + 2) / 5) + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    /// <summary>ISO day of week, Monday = 1 .. Sunday = 7.</summary>
    public static int DayOfWeek(long epochDay) => (int)FloorMod(epochDay + 3, 7) + 1;

    /// <summary>Epoch day of the Monday of ISO week 1 of <paramref name="weekYear"/>.</summary>
    public static long WeekOneMonday(long weekYear)
    {
        var jan4 = EpochDayOf(weekYear, 1, 4);
        return jan4 - DayOfWeek(jan4) + 1;
    }

    public static int WeeksInWeekYear(long weekYear) =>
        (int)((WeekOneMonday(weekYear + 1) - WeekOneMonday(weekYear)) / 7);

    public static (long WeekYear, int Week) WeekOf(long epochDay)
    {
        var (year, _, _) = CivilFromEpochDay(epochDay);
        var weekYear = year;
        if (epochDay < WeekOneMonday(year))
        {
            weekYear = year - 1;
        }
        else if (epochDay >= WeekOneMonday(year + 1))
        {
            weekYear = year + 1;
        }

        return (weekYear, (int)((epochDay - WeekOneMonday(weekYear)) / 7) + 1);
    }

    public static void CheckYear(long year)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw TemporalErrors.InvalidValue($"Invalid value for year: {year} (valid range {MinYear} - {MaxYear}).");
        }
    }

    public static void CheckRange(string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw TemporalErrors.InvalidValue($"Invalid value for {field}: {value} (valid range {min} - {max}).");
        }
    }

    /// <summary>Year as Java prints it: at least four digits, a sign for negative years and '+' beyond 9999.</summary>
    public static void AppendYear(StringBuilder sb, long year)
    {
        if (year > 9999)
        {
            sb.Append('+');
        }
        else if (year < 0)
        {
            sb.Append('-');
        }

        sb.Append(Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture));
    }

    public static void AppendDate(StringBuilder sb, long year, int month, int day)
    {
        AppendYear(sb, year);
        sb.Append('-').Append(Two(month)).Append('-').Append(Two(day));
    }

    /// <summary>HH:mm, then :ss and a 3, 6 or 9 digit fraction only when not zero (java.time's shortest form).</summary>
    public static void AppendTime(StringBuilder sb, long nanoOfDay)
    {
        var hour = nanoOfDay / NanosPerHour;
        var minute = nanoOfDay / NanosPerMinute % 60;
        var second = nanoOfDay / NanosPerSecond % 60;
        var nano = nanoOfDay % NanosPerSecond;
        sb.Append(Two(hour)).Append(':').Append(Two(minute));
        if (second == 0 && nano == 0)
        {
            return;
        }

        sb.Append(':').Append(Two(second));
        if (nano == 0)
        {
            return;
        }

        if (nano % 1_000_000 == 0)
        {
            sb.Append('.').Append((nano / 1_000_000).ToString("D3", CultureInfo.InvariantCulture));
        }
        else if (nano % 1000 == 0)
        {
            sb.Append('.').Append((nano / 1000).ToString("D6", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append('.').Append(nano.ToString("D9", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>"Z" for zero, else ±HH:MM with :SS only when the seconds are not zero.</summary>
    public static void AppendOffset(StringBuilder sb, int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            sb.Append('Z');
            return;
        }

        var abs = Math.Abs(offsetSeconds);
        sb.Append(offsetSeconds < 0 ? '-' : '+').Append(Two(abs / 3600)).Append(':').Append(Two(abs / 60 % 60));
        if (abs % 60 != 0)
        {
            sb.Append(':').Append(Two(abs % 60));
        }
    }

    public static string OffsetText(int offsetSeconds)
    {
        var sb = new StringBuilder();
        AppendOffset(sb, offsetSeconds);
        return sb.ToString();
    }

    private static string Two(long value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
