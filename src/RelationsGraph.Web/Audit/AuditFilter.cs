using System.Globalization;
using CypherException = RelationsGraph.Core.Errors.CypherException;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Audit;

/// <summary>Reads the trail's filter from query-string text: dates (a whole day) or ISO date-times, and a row limit.</summary>
internal static class AuditFilter
{
    public const int DefaultLimit = 200;

    public static AuditQuery Parse(string? user, string? action, string? from, string? to, int? limit)
    {
        if (limit is < 1 or > AuditTrail.MaxLimit)
        {
            throw new CypherException(Neo4jCodes.RequestInvalid, $"'limit' must be between 1 and {AuditTrail.MaxLimit}; it was {limit}.");
        }

        return new AuditQuery(user, action, Time(nameof(from), from, endOfDay: false), Time(nameof(to), to, endOfDay: true), limit ?? DefaultLimit);
    }

    /// <summary>A date alone means the start of that day for 'from' and the end of it for 'to' (both UTC).</summary>
    private static DateTimeOffset? Time(string name, string? text, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        throw new CypherException(Neo4jCodes.RequestInvalid, $"'{name}' must be a date (YYYY-MM-DD) or an ISO date-time; it was '{text}'.");
    }
}
