using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// A relationship pattern naming every registered tie type (<c>r:DEFENSE_PACT|SANCTIONS|…</c>), so that finding a tie
/// by id can use each type's id index instead of reading every relationship. The names were checked when the
/// registry was loaded (plain UPPER_SNAKE_CASE), so they are safe in query text.
/// </summary>
internal static class TiePattern
{
    public static string Of(NetworkRegistry registry, string variable = "r") =>
        $"{variable}:{string.Join('|', registry.TieTypes.Select(t => t.Type))}";

    /// <summary>How many ties have the id <c>$id</c> (0 or 1).</summary>
    public static string ExistsQuery(NetworkRegistry registry) => $"MATCH ()-[{Of(registry)} {{id: $id}}]->() RETURN count(r) AS n";
}
