namespace RelationsGraph.Web.Editing;

/// <summary>What deleting an actor takes with it: its ties, their evidence, and evidence it is named in as the speaker.</summary>
internal sealed record ActorDeletion(string Id, string Name, long Version, long Ties, IReadOnlyList<string> TieIds, long Evidence, long Attributed)
{
    /// <summary>The figures a 409 carries, so a client can show what a confirmed delete would remove.</summary>
    public IReadOnlyDictionary<string, object?> Figures() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["tieCount"] = Ties,
        ["evidenceCount"] = Evidence,
        ["attributedEvidenceCount"] = Attributed,
        ["version"] = Version,
    };
}
