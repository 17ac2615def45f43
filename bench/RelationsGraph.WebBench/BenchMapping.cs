namespace RelationsGraph.WebBench;

/// <summary>
/// How the generator's vocabulary becomes the app's: fixed tables, so the same CSV always gives the same store.
/// The generator's tie types and actor kinds have no counterpart in the registry, so each is paired with a
/// registry entry of a similar shape (symmetric with symmetric, membership with membership); the original
/// word is kept on the tie as <c>benchType</c> so nothing is lost.
/// </summary>
internal static class BenchMapping
{
    public static readonly IReadOnlyDictionary<string, string> TieTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["KNOWS"] = "DEFENSE_PACT",
        ["WORKS_WITH"] = "ARMS_TRANSFER",
        ["MEMBER_OF"] = "MEMBER_OF",
        ["ADVISES"] = "LEADS",
        ["FUNDS"] = "AID",
        ["FAMILY"] = "FAMILY",
        ["MENTIONS"] = "CRITICISES",
        ["OWNS"] = "PART_OF",
    };

    public static readonly IReadOnlyDictionary<string, string> ActorKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["person"] = "person",
        ["org"] = "organisation",
        ["place"] = "state",
        ["event"] = "armed-group",
    };

    /// <summary>
    /// The generator's status says whether a tie still holds; the registry splits that into how sure we are
    /// (status) and where the tie is in its life (phase). An ended tie gets a validTo a fixed number of days
    /// after its start, derived from its row so that reruns agree.
    /// </summary>
    public static (string Status, string Phase, bool Ended) Status(string benchStatus) => benchStatus switch
    {
        "active" => ("confirmed", "in-force", false),
        "ended" => ("confirmed", "ended", true),
        "disputed" => ("disputed", "in-force", false),
        _ => throw new FormatException($"Unknown generator status '{benchStatus}'."),
    };
}
