using System.Globalization;
using RelationsGraph.Web.Data;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// A date as reporting gives it: "2022", "2024-06" or "2024-06-15". Stored as the first day of its period plus
/// its precision (year, month, day), the seed's convention, so dates sort and compare on both stores.
/// </summary>
internal readonly record struct PreciseDate(DateOnly Date, string Precision)
{
    public const string Year = "year";
    public const string Month = "month";
    public const string Day = "day";

    public static IReadOnlyList<string> Precisions { get; } = [Year, Month, Day];

    /// <summary>The first day of the period, as Cypher's <c>date()</c> reads it.</summary>
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The date written at its precision: "2024", "2024-06" or "2024-06-15".</summary>
    public string Text => Format(Date, Precision);

    /// <summary>The first day after the period.</summary>
    public DateOnly End => TieValidity.EndOfPeriod(Date, Precision);

    public static string Format(DateOnly date, string? precision) => precision switch
    {
        Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Formats a stored ISO date at its stored precision; null when there is none.</summary>
    public static string? Format(string? iso, string? precision) =>
        TieValidity.ParseDate(iso) is { } date ? Format(date, precision) : null;

    /// <summary>
    /// Reads <paramref name="text"/> (blank means no date). The precision follows from how the date is written;
    /// an explicit <paramref name="precision"/> may be coarser than that only if the date is the first day of
    /// its period (so "2024-06-01" with "month" is June 2024, but "2024-06-15" with "month" is refused).
    /// </summary>
    public static bool TryParse(string? text, string? precision, out PreciseDate? value, out string? error)
    {
        value = null;
        error = null;
        var given = string.IsNullOrWhiteSpace(precision) ? null : precision.Trim();
        if (given is not null && !Precisions.Contains(given))
        {
            error = EditMessages.UnknownPrecision(given);
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (given is not null)
            {
                error = EditMessages.PrecisionWithoutDate;
                return false;
            }

            return true;
        }

        var trimmed = text.Trim();
        if (!TryRead(trimmed, out var date, out var written))
        {
            error = EditMessages.BadDate(trimmed);
            return false;
        }

        var wanted = given ?? written;
        if (Rank(wanted) > Rank(written))
        {
            error = EditMessages.PrecisionFinerThanDate(trimmed, wanted);
            return false;
        }

        var start = wanted switch
        {
            Year => new DateOnly(date.Year, 1, 1),
            Month => new DateOnly(date.Year, date.Month, 1),
            _ => date,
        };
        if (start != date)
        {
            error = EditMessages.NotFirstOfPeriod(trimmed, wanted, Format(start, wanted));
            return false;
        }

        value = new PreciseDate(start, wanted);
        return true;
    }

    private static bool TryRead(string text, out DateOnly date, out string precision)
    {
        var formats = new (string Format, string Precision)[] { ("yyyy", Year), ("yyyy-MM", Month), ("yyyy-MM-dd", Day) };
        foreach (var (format, p) in formats)
        {
            if (text.Length == format.Length
                && DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                precision = p;
                return true;
            }
        }

        date = default;
        precision = Day;
        return false;
    }

    private static int Rank(string precision) => precision switch
    {
        Year => 0,
        Month => 1,
        _ => 2,
    };
}
