namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>Temporal property values are stored as their ISO text with a kind tag, and parsed back on load.</summary>
internal static class TemporalText
{
    public static bool TryFormat(object value, out byte kind, out string text)
    {
        kind = 0;
        text = "";
        return false;
    }

    public static object Parse(byte kind, string text) =>
        throw new InvalidDataException($"Temporal value kind {kind} ('{text}') is not supported by this build.");
}
