namespace RelationsGraph.Web.Api;

/// <summary>A tie with the evidence for and against it.</summary>
public sealed record TieDetails(TieSummary Tie, bool Symmetric, IReadOnlyList<EvidenceItem> Evidence);
