namespace RelationsGraph.Web.Api;

/// <summary>A source and its reliability (A–F).</summary>
public sealed record SourceInfo(string Id, string? Title, string? Publisher, string? Url, string? Published, string? Reliability);
