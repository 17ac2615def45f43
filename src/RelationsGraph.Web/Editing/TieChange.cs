namespace RelationsGraph.Web.Editing;

/// <summary>One change of a tie's status, phase or confidence: when, by whom, from what to what, and the version it made.</summary>
public sealed record TieChange(string At, string By, string Field, object? From, object? To, long Version);
