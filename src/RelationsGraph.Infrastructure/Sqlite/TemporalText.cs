using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Temporal property values are stored as their Cypher text (which keeps nanoseconds, offsets and zone ids)
/// with a kind tag, and parsed back on load.
/// </summary>
internal static class TemporalText
{
    public static bool TryFormat(object value, out byte kind, out string text)
    {
        kind = value switch
        {
            CypherDate => 1,
            CypherLocalTime => 2,
            CypherTime => 3,
            CypherLocalDateTime => 4,
            CypherDateTime => 5,
            CypherDuration => 6,
            _ => 0,
        };
        text = kind == 0 ? "" : value.ToString()!;
        return kind != 0;
    }

    public static object Parse(byte kind, string text) => kind switch
    {
        1 => CypherDate.Parse(text),
        2 => CypherLocalTime.Parse(text),
        3 => CypherTime.Parse(text),
        4 => CypherLocalDateTime.Parse(text),
        5 => CypherDateTime.Parse(text),
        6 => CypherDuration.Parse(text),
        _ => throw new InvalidDataException($"Unknown temporal kind {kind} ('{text}') in the store file."),
    };
}
