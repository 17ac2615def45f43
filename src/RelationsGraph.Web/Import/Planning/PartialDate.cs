using System.Globalization;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// A date known to the year, the month or the day, stored as the first day of its period plus the precision
/// (the seed's convention), so dates sort and compare on both stores.
/// </summary>
public sealed record PartialDate(CypherDate Date, string Precision)
{
    public const string Year = "year";
    public const string Month = "month";
    public const string Day = "day";

    public static readonly string[] Precisions = [Year, Month, Day];

    /// <summary>The last day of the period, for "does this end before that starts" checks.</summary>
    public long EndEpochDay => Precision switch
    {
        Year => CypherDate.Of(Date.Year, 12, 31).EpochDay,
        Month => CypherDate.Of(Date.Year, Date.Month, DateTime.DaysInMonth((int)Date.Year, Date.Month)).EpochDay,
        _ => Date.EpochDay,
    };

    public override string ToString() => Precision switch
    {
        Year => Date.Year.ToString("D4", CultureInfo.InvariantCulture),
        Month => $"{Date.Year:D4}-{Date.Month:D2}",
        _ => $"{Date.Year:D4}-{Date.Month:D2}-{Date.Day:D2}",
    };

    /// <summary>Builds a date from its parts; month and day may be missing (then the precision is coarser).</summary>
    public static PartialDate? FromParts(long year, long? month, long? day, out string? error)
    {
        error = null;
        if (year is < 1 or > 9999)
        {
            error = $"the year {year} is outside 1–9999";
            return null;
        }

        if (month is null)
        {
            if (day is not null)
            {
                error = "a day without a month";
                return null;
            }

            return new PartialDate(CypherDate.Of(year, 1, 1), Year);
        }

        if (month is < 1 or > 12)
        {
            error = $"the month {month} is not 1–12";
            return null;
        }

        if (day is null)
        {
            return new PartialDate(CypherDate.Of(year, month.Value, 1), Month);
        }

        var days = DateTime.DaysInMonth((int)year, (int)month.Value);
        if (day < 1 || day > days)
        {
            error = $"{year:D4}-{month:D2} has no day {day}";
            return null;
        }

        return new PartialDate(CypherDate.Of(year, month.Value, day.Value), Day);
    }

    /// <summary>
    /// Reads <c>2024</c>, <c>2024-06</c> or <c>2024-06-15</c> (one- or two-digit month and day accepted; a
    /// "/" or "." separator too). With <paramref name="precision"/> given, the date is cut to it, so an
    /// exported <c>2022-01-01</c> with precision <c>year</c> comes back as the year 2022.
    /// </summary>
    public static PartialDate? Parse(string text, string? precision, out string? error)
    {
        error = null;
        var parts = text.Trim().Split('-', '/', '.');
        var numbers = new long[parts.Length];
        if (parts.Length > 3 || parts[0].Length != 4 || !parts.Select((p, i) => p.Length is > 0 and <= 4 && (i == 0 || p.Length <= 2)
                && long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])).All(ok => ok))
        {
            error = $"'{text}' is not a date; write 2024, 2024-06 or 2024-06-15";
            return null;
        }

        var date = FromParts(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null, out error);
        if (date is null || string.IsNullOrEmpty(precision))
        {
            return date;
        }

        if (!Precisions.Contains(precision))
        {
            error = $"'{precision}' is not a date precision; use year, month or day";
            return null;
        }

        if (Array.IndexOf(Precisions, precision) > Array.IndexOf(Precisions, date.Precision))
        {
            error = $"'{text}' is not precise to the {precision}";
            return null;
        }

        return precision switch
        {
            Year => new PartialDate(CypherDate.Of(date.Date.Year, 1, 1), Year),
            Month => new PartialDate(CypherDate.Of(date.Date.Year, date.Date.Month, 1), Month),
            _ => date,
        };
    }
}
