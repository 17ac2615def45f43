using RelationsGraph.Core.Values;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// The facts of one import run that rows do not carry: the Source it is recorded as (and whose id prefixes
/// derived tie ids), the file name evidence quotes, who imports, today's date for recordedAt and the time (ISO
/// 8601, UTC) for the tie history.
/// </summary>
internal sealed record ImportContext(string SourceId, string FileName, string User, CypherDate Today, bool Evidence, bool Stamp = true, string? At = null);
