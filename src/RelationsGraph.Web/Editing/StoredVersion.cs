namespace RelationsGraph.Web.Editing;

/// <summary>The version a record has in the store now, and who saved it when (for a stale-edit message).</summary>
internal sealed record StoredVersion(long Version, string? RecordedBy, string? RecordedAt);
