using System.Text.Json.Nodes;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// Cytoscape elements (<c>{ data: {...} }</c>) of every node, relationship and path in a result, shaped like the
/// explorer's so the same style and details panel apply. <see cref="Truncated"/> says the element cap cut it.
/// </summary>
public sealed record ResultGraph(IReadOnlyList<JsonObject> Nodes, IReadOnlyList<JsonObject> Edges, bool Truncated)
{
    public static ResultGraph Empty { get; } = new([], [], false);
}
