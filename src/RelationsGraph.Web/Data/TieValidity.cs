using System.Globalization;

namespace RelationsGraph.Web.Data;

/// <summary>
/// Whether a tie is in force on a date. Dates are stored as the first day of their period with a precision,
/// so "until 2024" (year precision) lasts to the end of 2024. A tie with no start date is taken as in force
/// since before the record begins; a tie with no end date is still in force.
/// </summary>
internal static class TieValidity
{
    public static bool InForceOn(DateOnly date, string? validFrom, string? validTo, string? validToPrecision)
    {
        if (ParseDate(validFrom) is { } from && date < from)
        {
            return false;
        }

        if (ParseDate(validTo) is { } to && date >= EndOfPeriod(to, validToPrecision))
        {
            return false;
        }

        return true;
    }

    /// <summary>The first day after the period that starts at <paramref name="start"/>.</summary>
    public static DateOnly EndOfPeriod(DateOnly start, string? precision) => precision switch
    {
        "year" => start.AddYears(1),
        "month" => start.AddMonths(1),
        _ => start.AddDays(1),
    };

    /// <summary>Reads the date part of an ISO date or date-time; null when absent or unreadable.</summary>
    public static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
