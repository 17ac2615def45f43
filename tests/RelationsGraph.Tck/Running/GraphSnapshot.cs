using RelationsGraph.Cypher;
using RelationsGraph.Tck.Values;

namespace RelationsGraph.Tck.Running;

/// <summary>
/// What a later query can observe of a graph, reduced to the sets the TCK's side-effect counters are
/// differences of: node and relationship identities, distinct label names, and a multiset of
/// (entity, key, value) property triples.
/// </summary>
internal sealed class GraphSnapshot
{
    private GraphSnapshot(HashSet<string> nodes, HashSet<string> relationships, HashSet<string> labels, Dictionary<string, int> properties)
    {
        Nodes = nodes;
        Relationships = relationships;
        Labels = labels;
        Properties = properties;
    }

    public HashSet<string> Nodes { get; }

    public HashSet<string> Relationships { get; }

    public HashSet<string> Labels { get; }

    /// <summary>Property triples rendered as text, with their multiplicity.</summary>
    public Dictionary<string, int> Properties { get; }

    public static GraphSnapshot Take(CypherEngine engine) => From(engine.ReadAll());

    public static GraphSnapshot From(GraphContents contents)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var properties = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in contents.Nodes)
        {
            nodes.Add(node.ElementId);
            labels.UnionWith(node.Labels);
            AddProperties(properties, "n:" + node.ElementId, node.Properties);
        }

        foreach (var rel in contents.Relationships)
        {
            relationships.Add(rel.ElementId);
            AddProperties(properties, "r:" + rel.ElementId, rel.Properties);
        }

        return new GraphSnapshot(nodes, relationships, labels, properties);
    }

    /// <summary>The counters that turn <paramref name="before"/> into <paramref name="after"/>.</summary>
    public static SideEffects Difference(GraphSnapshot before, GraphSnapshot after) => new(
        after.Nodes.Count(n => !before.Nodes.Contains(n)),
        before.Nodes.Count(n => !after.Nodes.Contains(n)),
        after.Relationships.Count(r => !before.Relationships.Contains(r)),
        before.Relationships.Count(r => !after.Relationships.Contains(r)),
        MultisetExcess(after.Properties, before.Properties),
        MultisetExcess(before.Properties, after.Properties),
        after.Labels.Count(l => !before.Labels.Contains(l)),
        before.Labels.Count(l => !after.Labels.Contains(l)));

    private static int MultisetExcess(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Sum(e => Math.Max(0, e.Value - b.GetValueOrDefault(e.Key)));

    private static void AddProperties(Dictionary<string, int> target, string entity, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in properties)
        {
            // The type name keeps a temporal value apart from a string with the same text.
            var triple = entity + "\u0001" + key + "\u0001" + value?.GetType().Name + ":" + ResultValueConverter.Convert(value);
            target[triple] = target.GetValueOrDefault(triple) + 1;
        }
    }
}
