namespace RelationsGraph.Web.Import.Planning;

/// <summary>Where an import is: its phase (reading, matching, checking, writing) and how far through it.</summary>
public sealed record ImportProgress(string Phase, long Done, long Total);
