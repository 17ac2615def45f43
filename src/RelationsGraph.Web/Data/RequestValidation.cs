using System.Globalization;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Data;

/// <summary>Turns raw query-string values into validated inputs, or throws the app's 400 errors.</summary>
internal static class RequestValidation
{
    public const int MaxDepth = 4;
    public const int MaxLimit = 500;

    // The whole view's cap can be raised this far (a benchmark, a big screen), not without bound.
    public const int MaxWholeViewActors = 100_000;
    public const int MaxWholeViewElements = 200_000;
    public const int MaxSearchLength = 200;

    public static DateOnly? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ApiErrors.BadDate(value);
    }

    public static IReadOnlyList<string>? TieTypes(string? csv, NetworkRegistry registry) =>
        List(csv, registry.IsTieType, v => ApiErrors.UnknownTieType(v, registry.TieTypes.Select(t => t.Type)));

    public static IReadOnlyList<string>? Statuses(string? csv, NetworkRegistry registry) =>
        List(csv, registry.IsStatus, v => ApiErrors.UnknownStatus(v, registry.Statuses.Select(s => s.Status)));

    public static int InRange(string parameter, int value, int min, int max) =>
        value < min || value > max ? throw ApiErrors.OutOfRange(parameter, value, min, max) : value;

    public static IReadOnlySet<string>? Ids(string? csv) =>
        csv is null ? null : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    public static string Required(string parameter, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw ApiErrors.Missing(parameter) : value.Trim();

    private static List<string>? List(string? csv, Func<string, bool> isKnown, Func<string, Exception> unknown)
    {
        if (csv is null)
        {
            return null;
        }

        var items = csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        var bad = items.FirstOrDefault(i => !isKnown(i));
        return bad is null ? items : throw unknown(bad);
    }
}
