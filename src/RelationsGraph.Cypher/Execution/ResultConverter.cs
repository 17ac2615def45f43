using RelationsGraph.Core.Values;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution;

/// <summary>Values across the engine boundary: engine values out to the Core model, parameters in.</summary>
internal static class ResultConverter
{
    public static object? ToCore(object? value) => value switch
    {
        null or bool or long or double or string => value,
        NodeEntity n => ToNode(n),
        RelationshipEntity r => ToRelationship(r),
        PathValue p => new GraphPath(p.Nodes.Select(ToNode).ToArray(), p.Relationships.Select(ToRelationship).ToArray()),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => ToCore(kv.Value), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(ToCore).ToList(),
        _ => value,
    };

    public static Node ToNode(NodeEntity n) =>
        new(n.Id, n.ElementId, n.Labels.ToArray(), Properties(n.GetProperties()));

    public static Relationship ToRelationship(RelationshipEntity r) =>
        new(r.Id, r.ElementId, r.Type, r.Start.Id, r.Start.ElementId, r.End.Id, r.End.ElementId, Properties(r.GetProperties()));

    private static Dictionary<string, object?> Properties(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var kv in properties)
        {
            result[kv.Key] = ToCore(kv.Value);
        }

        return result;
    }

    /// <summary>Parameters in the engine's value model: integers as long, floats as double, lists and maps copied.</summary>
    public static IReadOnlyDictionary<string, object?> NormalizeParameters(IReadOnlyDictionary<string, object?> parameters)
    {
        var result = new Dictionary<string, object?>(parameters.Count, StringComparer.Ordinal);
        foreach (var kv in parameters)
        {
            result[kv.Key] = Normalize(kv.Value);
        }

        return result;
    }

    /// <summary>
    /// Whether a list holds only values the engine uses as they are: then it is used without a copy (an import
    /// passes tens of thousands of row lists per statement). The engine never changes a parameter value.
    /// </summary>
    private static bool IsNormal(IReadOnlyList<object?> list)
    {
        if (list.GetType() != typeof(List<object?>) && list.GetType() != typeof(object?[]))
        {
            return false;
        }

        for (var i = 0; i < list.Count; i++)
        {
            switch (list[i])
            {
                case null or bool or long or double or string:
                    continue;
                case IReadOnlyList<object?> inner when IsNormal(inner):
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    private static object? Normalize(object? value) => value switch
    {
        null or bool or long or double or string => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        sbyte sb => (long)sb,
        ushort us => (long)us,
        uint ui => (long)ui,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IDictionary<string, object> map => map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IReadOnlyList<object?> list => IsNormal(list) ? list : list.Select(Normalize).ToList(),
        System.Collections.IList list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };
}
