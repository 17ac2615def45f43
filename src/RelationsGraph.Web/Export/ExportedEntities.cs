namespace RelationsGraph.Web.Export;

/// <summary>An actor as the store holds it: its id and every property.</summary>
public sealed record ExportedActor(string Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A tie: id, type, source and target actor ids, and every property.</summary>
public sealed record ExportedTie(string Id, string Type, string Source, string Target, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A source: its id and every property.</summary>
public sealed record ExportedSource(string Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>One entry of a tie's history (a <c>(:TieChange)</c> node): the tie's id and every property.</summary>
public sealed record ExportedTieChange(string TieId, IReadOnlyDictionary<string, object?> Properties);

/// <summary>An evidence node: its properties, the source it cites and the actor it names.</summary>
public sealed record ExportedEvidence(string Id, IReadOnlyDictionary<string, object?> Properties, string? Source, string? By);
