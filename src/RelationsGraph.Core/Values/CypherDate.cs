using System.Text;

namespace RelationsGraph.Core.Values;

/// <summary>Cypher DATE: a day of the proleptic Gregorian calendar, years -999 999 999 .. 999 999 999.</summary>
public sealed class CypherDate : IEquatable<CypherDate>, IComparable<CypherDate>
{
    private CypherDate(long epochDay)
    {
        EpochDay = epochDay;
        (Year, Month, Day) = TemporalMath.CivilFromEpochDay(epochDay);
    }

    /// <summary>Days since 1970-01-01.</summary>
    public long EpochDay { get; }

    public long Year { get; }

    public int Month { get; }

    public int Day { get; }

    public int Quarter => ((Month - 1) / 3) + 1;

    /// <summary>ISO day of week: Monday 1 .. Sunday 7.</summary>
    public int DayOfWeek => TemporalMath.DayOfWeek(EpochDay);

    public int DayOfYear => (int)(EpochDay - TemporalMath.EpochDayOf(Year, 1, 1)) + 1;

    public int DayOfQuarter => (int)(EpochDay - TemporalMath.EpochDayOf(Year, ((Quarter - 1) * 3) + 1, 1)) + 1;

    /// <summary>The ISO week-based year (differs from <see cref="Year"/> around new year).</summary>
    public long WeekYear => TemporalMath.WeekOf(EpochDay).WeekYear;

    /// <summary>The ISO week of the week-based year, 1 .. 53.</summary>
    public int Week => TemporalMath.WeekOf(EpochDay).Week;

    public static CypherDate Of(long year, long month, long day)
    {
        TemporalMath.CheckYear(year);
        TemporalMath.CheckRange("month", month, 1, 12);
        TemporalMath.CheckRange("day", day, 1, TemporalMath.DaysInMonth(year, (int)month));
        return new CypherDate(TemporalMath.EpochDayOf(year, (int)month, (int)day));
    }

    public static CypherDate OfWeek(long weekYear, long week, long dayOfWeek)
    {
        TemporalMath.CheckYear(weekYear);
        TemporalMath.CheckRange("week", week, 1, TemporalMath.WeeksInWeekYear(weekYear));
        TemporalMath.CheckRange("day of week", dayOfWeek, 1, 7);
        return FromEpochDay(TemporalMath.WeekOneMonday(weekYear) + ((week - 1) * 7) + dayOfWeek - 1);
    }

    public static CypherDate OfOrdinal(long year, long dayOfYear)
    {
        TemporalMath.CheckYear(year);
        TemporalMath.CheckRange("ordinal day", dayOfYear, 1, TemporalMath.DaysInYear(year));
        return FromEpochDay(TemporalMath.EpochDayOf(year, 1, 1) + dayOfYear - 1);
    }

    public static CypherDate OfQuarter(long year, long quarter, long dayOfQuarter)
    {
        TemporalMath.CheckYear(year);
        TemporalMath.CheckRange("quarter", quarter, 1, 4);
        var first = TemporalMath.EpochDayOf(year, (int)((quarter - 1) * 3) + 1, 1);
        var next = quarter == 4 ? TemporalMath.EpochDayOf(year + 1, 1, 1) : TemporalMath.EpochDayOf(year, (int)(quarter * 3) + 1, 1);
        TemporalMath.CheckRange("day of quarter", dayOfQuarter, 1, next - first);
        return FromEpochDay(first + dayOfQuarter - 1);
    }

    public static CypherDate FromEpochDay(long epochDay)
    {
        var date = new CypherDate(epochDay);
        TemporalMath.CheckYear(date.Year);
        return date;
    }

    /// <summary>Parses ISO 8601 calendar, week and ordinal dates, extended or basic: <c>2015-07-21</c>, <c>2015W302</c>, <c>2015-202</c>.</summary>
    public static CypherDate Parse(string text) => TemporalParser.ParseDate(text);

    public CypherDate PlusDays(long days) => days == 0 ? this : FromEpochDay(checked(EpochDay + days));

    /// <summary>Adds months, clamping the day to the end of a shorter month (Jan 31 + 1 month = Feb 28/29).</summary>
    public CypherDate PlusMonths(long months)
    {
        if (months == 0)
        {
            return this;
        }

        var total = checked((Year * 12) + (Month - 1) + months);
        var year = TemporalMath.FloorDiv(total, 12);
        var month = (int)TemporalMath.FloorMod(total, 12) + 1;
        TemporalMath.CheckYear(year);
        return Of(year, month, Math.Min(Day, TemporalMath.DaysInMonth(year, month)));
    }

    public bool Equals(CypherDate? other) => other is not null && other.EpochDay == EpochDay;

    public override bool Equals(object? obj) => Equals(obj as CypherDate);

    public override int GetHashCode() => EpochDay.GetHashCode();

    public int CompareTo(CypherDate? other) => other is null ? 1 : EpochDay.CompareTo(other.EpochDay);


    public static bool operator ==(CypherDate? left, CypherDate? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(CypherDate? left, CypherDate? right) => !(left == right);

    public static bool operator <(CypherDate? left, CypherDate? right) => Comparer<CypherDate?>.Default.Compare(left, right) < 0;

    public static bool operator <=(CypherDate? left, CypherDate? right) => Comparer<CypherDate?>.Default.Compare(left, right) <= 0;

    public static bool operator >(CypherDate? left, CypherDate? right) => Comparer<CypherDate?>.Default.Compare(left, right) > 0;

    public static bool operator >=(CypherDate? left, CypherDate? right) => Comparer<CypherDate?>.Default.Compare(left, right) >= 0;

    public override string ToString()
    {
        var sb = new StringBuilder(12);
        TemporalMath.AppendDate(sb, Year, Month, Day);
        return sb.ToString();
    }
}
