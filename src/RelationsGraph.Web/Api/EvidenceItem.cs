namespace RelationsGraph.Web.Api;

/// <summary>One piece of evidence: who asserts or denies the tie, citing which source.</summary>
public sealed record EvidenceItem(string Id, string Stance, string? Quote, string? Accessed, SourceInfo? Source, ActorRef? By);
