namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>Temporal values between typed JSON's ISO-8601 strings and the Core temporal types.</summary>
internal static class Neo4jTemporal
{
    // TODO(temporal): map onto RelationsGraph.Core.Values.Cypher* once those types exist; until then the ISO text is kept.
    public static object FromTyped(string type, string iso) => iso;

    /// <summary>The typed-JSON <c>$type</c> and ISO text of a temporal parameter; false for non-temporal values.</summary>
    public static bool TryToTyped(object value, out string type, out string iso)
    {
        switch (value)
        {
            case DateOnly date:
                type = "Date";
                iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                type = "";
                iso = "";
                return false;
        }
    }
}
