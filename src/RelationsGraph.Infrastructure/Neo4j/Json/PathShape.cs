using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Neo4j.Json;

/// <summary>
/// Plain JSON (the Query API without typed JSON, and the legacy endpoint's <c>row</c>) writes a path as a flat list
/// node, relationship, node, …, which nothing else in the answer tells apart from a list. Such a list whose every
/// relationship joins the nodes either side of it (in either direction) is read as a path.
/// </summary>
internal static class PathShape
{
    public static GraphPath? Read(List<object?> items)
    {
        if (items.Count < 3 || items.Count % 2 == 0)
        {
            return null;
        }

        var nodes = new List<Node>((items.Count / 2) + 1);
        var relationships = new List<Relationship>(items.Count / 2);
        for (var i = 0; i < items.Count; i++)
        {
            if (i % 2 == 0 && items[i] is Node node)
            {
                nodes.Add(node);
            }
            else if (i % 2 == 1 && items[i] is Relationship relationship)
            {
                relationships.Add(relationship);
            }
            else
            {
                return null;
            }
        }

        for (var i = 0; i < relationships.Count; i++)
        {
            var (from, to, link) = (nodes[i].ElementId, nodes[i + 1].ElementId, relationships[i]);
            var joins = (link.StartNodeElementId == from && link.EndNodeElementId == to) || (link.StartNodeElementId == to && link.EndNodeElementId == from);
            if (!joins)
            {
                return null;
            }
        }

        return new GraphPath(nodes, relationships);
    }
}
