using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Patterns;

/// <summary>Binding checks, start-node selection and relationship candidates.</summary>
internal sealed partial class PatternMatcher
{
    private enum BindResult
    {
        Fail,
        Existing,
        New,
    }

    private BindResult BindNode(NodeStepPlan step, NodeEntity node, Row row, out Row bound)
    {
        bound = row;
        var isBound = false;
        if (step.Variable is not null && row.TryGetValue(step.Variable, out var existing))
        {
            if (!ReferenceEquals(existing, node))
            {
                return BindResult.Fail;
            }

            isBound = true;
        }

        var labels = step.Labels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (!node.HasLabel(labels[i]))
            {
                return BindResult.Fail;
            }
        }

        if (!PropertiesMatch(step.Properties, node, row))
        {
            return BindResult.Fail;
        }

        if (step.Variable is null || isBound)
        {
            return BindResult.Existing;
        }

        bound = row.Bind(step.Variable, node);
        return BindResult.New;
    }

    private static BindResult BindValue(string? variable, object value, Row row, out Row bound)
    {
        bound = row;
        if (variable is null)
        {
            return BindResult.Existing;
        }

        if (row.TryGetValue(variable, out var existing))
        {
            return SameValue(existing, value) ? BindResult.Existing : BindResult.Fail;
        }

        bound = row.Bind(variable, value);
        return BindResult.New;
    }

    private static bool SameValue(object? existing, object value)
    {
        if (existing is IReadOnlyList<object?> a && value is IReadOnlyList<object?> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!ReferenceEquals(a[i], b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return ReferenceEquals(existing, value) || (existing is PathValue p && p.Equals(value));
    }

    private bool PropertiesMatch(Expression? properties, object entity, Row row)
    {
        if (properties is null)
        {
            return true;
        }

        if (properties is MapLiteral map)
        {
            var entries = map.Entries;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var expected = _ctx.Evaluate(entry.Value, row);
                if (CypherComparer.Equal(GetProperty(entity, entry.Key), expected) != true)
                {
                    return false;
                }
            }

            return true;
        }

        if (_ctx.Evaluate(properties, row) is IReadOnlyDictionary<string, object?> values)
        {
            foreach (var kv in values)
            {
                if (CypherComparer.Equal(GetProperty(entity, kv.Key), kv.Value) != true)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static object? GetProperty(object entity, string key) => entity switch
    {
        NodeEntity n => n.GetProperty(key),
        RelationshipEntity r => r.GetProperty(key),
        _ => null,
    };

    /// <summary>A rough number of candidates for starting at this node.</summary>
    private long Cost(NodeStepPlan step, RelStepPlan? firstRel, Row row)
    {
        if (step.Variable is not null && row.Has(step.Variable))
        {
            return 0;
        }

        if (FindSeek(step) is not null)
        {
            return 1;
        }

        if (firstRel is not null && FindRelationshipSeek(firstRel) is not null)
        {
            return 2;
        }

        if (step.Labels.Count > 0)
        {
            return step.Labels.Min(l => (long)_store.CountWithLabel(l)) + 1;
        }

        return _store.NodeCount + 2L;
    }

    private (SeekHint Hint, PropertyIndex Index)? FindSeek(NodeStepPlan step)
    {
        // Indexed loops: this runs for every input row, and a foreach over an interface allocates.
        var seeks = step.Seeks;
        var labels = step.Labels;
        for (var s = 0; s < seeks.Count; s++)
        {
            for (var l = 0; l < labels.Count; l++)
            {
                if (_store.FindIndex(labels[l], seeks[s].Property) is { } index)
                {
                    return (seeks[s], index);
                }
            }
        }

        return null;
    }

    // A pattern with several types (r:A|B) may start from index seeks only when every type has an index on the
    // property: seeking some types' indexes alone would miss the relationships of the others.
    private (SeekHint Hint, IReadOnlyList<RelationshipIndex> Indexes)? FindRelationshipSeek(RelStepPlan rel)
    {
        if (rel.VarLength || rel.Types.Count == 0)
        {
            return null;
        }

        foreach (var hint in rel.Seeks)
        {
            var indexes = new List<RelationshipIndex>(rel.Types.Count);
            foreach (var type in rel.Types)
            {
                if (_store.FindRelationshipIndex(type, hint.Property) is not { } index)
                {
                    break;
                }

                indexes.Add(index);
            }

            if (indexes.Count == rel.Types.Count)
            {
                return (hint, indexes);
            }
        }

        return null;
    }

    /// <summary>The nodes that seeked relationships leave from, seen from the first node of the chain.</summary>
    private IEnumerable<NodeEntity> RelationshipSeekStarts(RelStepPlan rel, (SeekHint Hint, IReadOnlyList<RelationshipIndex> Indexes) seek, Row row)
    {
        var value = _ctx.Evaluate(seek.Hint.Value, row);
        IEnumerable<object?> keys = seek.Hint.IsList ? value as IReadOnlyList<object?> ?? [] : [value];
        var starts = new HashSet<NodeEntity>();
        foreach (var key in keys)
        {
            if (key is null)
            {
                continue;
            }

            foreach (var r in seek.Indexes.SelectMany(index => index.Seek(key)))
            {
                if (rel.Direction != RelationshipDirection.Incoming)
                {
                    starts.Add(r.Start);
                }

                if (rel.Direction != RelationshipDirection.Outgoing)
                {
                    starts.Add(r.End);
                }
            }
        }

        return starts;
    }

    private IEnumerable<NodeEntity> StartCandidates(NodeStepPlan step, Row row, RelStepPlan? firstRel = null)
    {
        if (step.Variable is not null && row.TryGetValue(step.Variable, out var bound))
        {
            return bound is NodeEntity node ? [node] : [];
        }

        if (FindSeek(step) is { } seek)
        {
            var value = _ctx.Evaluate(seek.Hint.Value, row);
            if (!seek.Hint.IsList)
            {
                if (value is null)
                {
                    return [];
                }

                // A single hit comes as a fresh array already; a set is copied so the match may write.
                var hits = seek.Index.Seek(value);
                return hits as NodeEntity[] ?? hits.ToArray();
            }

            if (value is not IReadOnlyList<object?> list)
            {
                return [];
            }

            var found = new HashSet<NodeEntity>();
            foreach (var item in list)
            {
                if (item is not null)
                {
                    found.UnionWith(seek.Index.Seek(item));
                }
            }

            return found;
        }

        if (firstRel is not null && FindRelationshipSeek(firstRel) is { } relSeek)
        {
            return RelationshipSeekStarts(firstRel, relSeek, row);
        }

        if (step.Labels.Count > 0)
        {
            var smallest = step.Labels.MinBy(_store.CountWithLabel)!;
            return _store.NodesWithLabel(smallest);
        }

        return _store.Nodes;
    }

    /// <summary>The relationships to follow from <paramref name="from"/>, each with the node at its other end.</summary>
    internal static IEnumerable<(RelationshipEntity Rel, NodeEntity Other)> RelationshipCandidates(NodeEntity from, RelStepPlan rel, Row? row)
    {
        if (row is not null && rel.Variable is not null && row.TryGetValue(rel.Variable, out var bound))
        {
            if (bound is RelationshipEntity r && TypeMatches(rel, r))
            {
                var outgoing = ReferenceEquals(r.Start, from);
                var incoming = ReferenceEquals(r.End, from);
                if (rel.Direction != RelationshipDirection.Incoming && outgoing)
                {
                    yield return (r, r.End);
                }
                else if (rel.Direction != RelationshipDirection.Outgoing && incoming)
                {
                    yield return (r, r.Start);
                }
            }

            yield break;
        }

        if (rel.Direction != RelationshipDirection.Incoming)
        {
            foreach (var r in Typed(from.Outgoing, rel.Types))
            {
                yield return (r, r.End);
            }
        }

        if (rel.Direction != RelationshipDirection.Outgoing)
        {
            var both = rel.Direction == RelationshipDirection.Both;
            foreach (var r in Typed(from.Incoming, rel.Types))
            {
                // An undirected step meets a self-loop once, already in the outgoing list.
                if (both && ReferenceEquals(r.Start, r.End))
                {
                    continue;
                }

                yield return (r, r.Start);
            }
        }
    }

    private static bool TypeMatches(RelStepPlan rel, RelationshipEntity r)
    {
        if (rel.Types.Count == 0)
        {
            return true;
        }

        var types = rel.Types;
        for (var i = 0; i < types.Count; i++)
        {
            if (string.Equals(types[i], r.Type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<RelationshipEntity> Typed(Adjacency adjacency, IReadOnlyList<string> types)
    {
        if (types.Count == 0)
        {
            var all = adjacency.All;
            for (var i = 0; i < all.Count; i++)
            {
                yield return all[i];
            }

            yield break;
        }

        for (var t = 0; t < types.Count; t++)
        {
            // The same type written twice (A|A) must not double the matches.
            if (IndexOf(types, types[t]) != t)
            {
                continue;
            }

            var run = adjacency.OfType(types[t]);
            for (var i = 0; i < run.Count; i++)
            {
                yield return run[i];
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> types, string type)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (string.Equals(types[i], type, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
