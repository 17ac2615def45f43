using System.Text.Json.Nodes;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// The answer to a run: column names, rows (one JSON array per row, in column order), the graph drawn from them,
/// what changed, how long it took, and whether a cap cut the rows or the graph (<see cref="Messages"/> says so).
/// </summary>
public sealed record QueryRunResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<JsonArray> Rows,
    ResultGraph Graph,
    QueryCounters Counters,
    long ElapsedMs,
    bool Truncated,
    IReadOnlyList<string> Messages);
