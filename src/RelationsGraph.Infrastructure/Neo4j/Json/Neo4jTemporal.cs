using System.Globalization;
using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>Temporal values between typed JSON's ISO-8601 text and the Core temporal types.</summary>
internal static class Neo4jTemporal
{
    /// <summary>
    /// A typed temporal value. A DATETIME with a pure offset arrives as <c>OffsetDateTime</c>, one with a region as
    /// <c>ZonedDateTime</c>; both are <see cref="CypherDateTime"/>. Text the parser refuses is kept as text rather
    /// than failing the whole result.
    /// </summary>
    public static object FromTyped(string type, string iso)
    {
        try
        {
            return type switch
            {
                "Date" => CypherDate.Parse(iso),
                "Time" => CypherTime.Parse(iso),
                "LocalTime" => CypherLocalTime.Parse(iso),
                "OffsetDateTime" or "ZonedDateTime" => CypherDateTime.Parse(iso),
                "LocalDateTime" => CypherLocalDateTime.Parse(iso),
                "Duration" => CypherDuration.Parse(iso),
                _ => iso,
            };
        }
        catch (Exception ex) when (ex is CypherException or FormatException or ArgumentException or OverflowException)
        {
            return iso;
        }
    }

    /// <summary>The typed-JSON <c>$type</c> and ISO text of a temporal parameter; false for non-temporal values.</summary>
    public static bool TryToTyped(object value, out string type, out string iso)
    {
        (type, iso) = value switch
        {
            CypherDate date => ("Date", date.ToString()),
            CypherTime time => ("Time", time.ToString()),
            CypherLocalTime localTime => ("LocalTime", localTime.ToString()),
            CypherDateTime { ZoneId: null } offsetDateTime => ("OffsetDateTime", offsetDateTime.ToString()),
            CypherDateTime zonedDateTime => ("ZonedDateTime", zonedDateTime.ToString()),
            CypherLocalDateTime localDateTime => ("LocalDateTime", localDateTime.ToString()),
            CypherDuration duration => ("Duration", duration.ToString()),
            DateOnly date => ("Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => ("", ""),
        };
        return type.Length > 0;
    }
}
