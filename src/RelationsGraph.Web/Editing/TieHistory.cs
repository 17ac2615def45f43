namespace RelationsGraph.Web.Editing;

/// <summary>How a tie's judgement moved: its changes of status, phase and confidence, oldest first.</summary>
public sealed record TieHistory(string TieId, long Version, IReadOnlyList<TieChange> Changes);
