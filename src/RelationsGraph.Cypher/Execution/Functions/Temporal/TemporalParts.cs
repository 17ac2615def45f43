using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>
/// A temporal value taken apart: its date, its local time of day and its zone, each absent when the
/// value's type has none. The zone is a fixed offset, or a zone id whose rules give the offset.
/// </summary>
internal readonly record struct TemporalParts(CypherDate? Date, CypherLocalTime? Time, int? Offset, string? ZoneId)
{
    public bool HasZone => Offset is not null;

    public static bool TryFrom(object? value, out TemporalParts parts)
    {
        parts = value switch
        {
            CypherDate d => new TemporalParts(d, null, null, null),
            CypherLocalTime t => new TemporalParts(null, t, null, null),
            CypherTime t => new TemporalParts(null, t.LocalTime, t.OffsetSeconds, null),
            CypherLocalDateTime l => new TemporalParts(l.Date, l.Time, null, null),
            CypherDateTime z => new TemporalParts(z.Date, z.Time, z.OffsetSeconds, z.ZoneId),
            _ => default,
        };
        return value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;
    }

    /// <summary>The zone as text a constructor accepts: the zone id, else the offset.</summary>
    public string? ZoneText => ZoneId ?? (Offset is { } o ? CypherTimeZone.FormatOffset(o) : null);
}
