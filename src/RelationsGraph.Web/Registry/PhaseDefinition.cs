namespace RelationsGraph.Web.Registry;

/// <summary>Where a tie is in its life; faded phases are drawn faintly.</summary>
public sealed record PhaseDefinition(string Phase, string Label, bool Faded);
