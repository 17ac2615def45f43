using System.Globalization;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>Neo4j 5 element ids look like <c>4:&lt;db-uuid&gt;:12</c>; the trailing number is the legacy numeric id.</summary>
internal static class ElementIds
{
    public static long ToLegacyId(string elementId)
    {
        var colon = elementId.LastIndexOf(':');
        var tail = colon >= 0 ? elementId[(colon + 1)..] : elementId;
        return long.TryParse(tail, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1;
    }
}
