using System.Collections;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Tck.Values;

/// <summary>
/// Turns values of the Core value model (what <c>QueryResult.Rows</c> hold) into <see cref="TckValue"/>s.
/// Temporal values become their Cypher text, which is how the TCK writes them.
/// </summary>
internal static class ResultValueConverter
{
    public static TckValue Convert(object? value) => value switch
    {
        null => TckNull.Instance,
        bool b => new TckBool(b),
        long l => new TckInteger(l),
        int i => new TckInteger(i),
        short s => new TckInteger(s),
        sbyte sb => new TckInteger(sb),
        byte by => new TckInteger(by),
        double d => new TckFloat(d),
        float f => new TckFloat(f),
        string s => new TckString(s),
        Node n => ConvertNode(n),
        Relationship r => ConvertRelationship(r),
        GraphPath p => ConvertPath(p),
        IReadOnlyDictionary<string, object?> map => ConvertMap(map),
        IDictionary => new TckUnknown("map of unexpected type " + value.GetType().Name),
        IEnumerable list when IsTemporal(value) is false => ConvertList(list),
        _ when IsTemporal(value) => new TckString(value.ToString() ?? string.Empty),
        _ => new TckUnknown(value.GetType().FullName ?? value.GetType().Name),
    };

    public static TckMap ConvertMap(IReadOnlyDictionary<string, object?> map)
    {
        var entries = new Dictionary<string, TckValue>(StringComparer.Ordinal);
        foreach (var (key, v) in map)
        {
            entries[key] = Convert(v);
        }

        return new TckMap(entries);
    }

    // Temporal values are the Core.Values types other than the graph entities; they format as Cypher text.
    private static bool IsTemporal(object value) =>
        value.GetType().Namespace == typeof(Node).Namespace && value is not (Node or Relationship or GraphPath);

    private static TckList ConvertList(IEnumerable list)
    {
        var items = new List<TckValue>();
        foreach (var item in list)
        {
            items.Add(Convert(item));
        }

        return new TckList(items);
    }

    private static TckNode ConvertNode(Node node) => new([.. node.Labels], ConvertMap(node.Properties));

    private static TckRelationship ConvertRelationship(Relationship rel) => new(rel.Type, ConvertMap(rel.Properties));

    private static TckValue ConvertPath(GraphPath path)
    {
        if (path.Nodes.Count != path.Relationships.Count + 1)
        {
            return new TckUnknown($"malformed path with {path.Nodes.Count} nodes and {path.Relationships.Count} relationships");
        }

        var steps = new List<TckPathStep>();
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var from = path.Nodes[i];
            var to = path.Nodes[i + 1];
            bool? forward;
            if (rel.StartNodeElementId == rel.EndNodeElementId)
            {
                forward = null;
            }
            else if (rel.StartNodeElementId == from.ElementId && rel.EndNodeElementId == to.ElementId)
            {
                forward = true;
            }
            else if (rel.StartNodeElementId == to.ElementId && rel.EndNodeElementId == from.ElementId)
            {
                forward = false;
            }
            else
            {
                return new TckUnknown($"path relationship {i} does not join its neighbouring nodes");
            }

            steps.Add(new TckPathStep(ConvertRelationship(rel), forward, ConvertNode(to)));
        }

        return new TckPath(ConvertNode(path.Nodes[0]), steps);
    }
}
