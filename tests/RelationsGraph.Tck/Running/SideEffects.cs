using System.Globalization;

namespace RelationsGraph.Tck.Running;

/// <summary>The TCK's eight side-effect counters.</summary>
internal sealed record SideEffects(
    int NodesCreated,
    int NodesDeleted,
    int RelationshipsCreated,
    int RelationshipsDeleted,
    int PropertiesAdded,
    int PropertiesRemoved,
    int LabelsAdded,
    int LabelsRemoved)
{
    public static SideEffects None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static IReadOnlyList<string> Names { get; } =
        ["+nodes", "-nodes", "+relationships", "-relationships", "+properties", "-properties", "+labels", "-labels"];

    public IReadOnlyList<int> Values =>
        [NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesAdded, PropertiesRemoved, LabelsAdded, LabelsRemoved];

    /// <summary>Builds the expected counters from a side-effects table; unlisted counters are zero.</summary>
    public static SideEffects FromTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var values = new int[Names.Count];
        foreach (var row in rows)
        {
            if (row.Count != 2)
            {
                throw new FormatException("side-effects rows have two cells");
            }

            var index = Names.ToList().IndexOf(row[0].Trim());
            if (index < 0)
            {
                throw new FormatException("unknown side-effect counter " + row[0]);
            }

            values[index] = int.Parse(row[1].Trim(), CultureInfo.InvariantCulture);
        }

        return new SideEffects(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
    }

    /// <summary>Lists the non-zero counters, e.g. <c>+nodes 1, +properties 2</c>, or <c>none</c>.</summary>
    public string Describe()
    {
        var parts = Names.Zip(Values).Where(p => p.Second != 0).Select(p => p.First + " " + p.Second.ToString(CultureInfo.InvariantCulture)).ToList();
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }
}
