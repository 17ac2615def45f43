using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Writes;

/// <summary>The write primitives shared by CREATE, MERGE, SET, REMOVE and DELETE, keeping Neo4j's counters.</summary>
internal static class EntityWriter
{
    public static List<KeyValuePair<string, object?>> EvaluateProperties(Expression? properties, Row row, QueryContext ctx)
    {
        if (properties is null)
        {
            return [];
        }

        if (properties is MapLiteral map)
        {
            var entries = map.Entries;
            var literal = new List<KeyValuePair<string, object?>>(entries.Count);
            for (var i = 0; i < entries.Count; i++)
            {
                literal.Add(new(entries[i].Key, PropertyValues.ToStorable(ctx.Evaluate(entries[i].Value, row))));
            }

            return literal;
        }

        var result = new List<KeyValuePair<string, object?>>();

        switch (ctx.Evaluate(properties, row))
        {
            case null:
                return result;
            case IReadOnlyDictionary<string, object?> values:
                foreach (var kv in values)
                {
                    result.Add(new(kv.Key, PropertyValues.ToStorable(kv.Value)));
                }

                return result;
            case var other:
                throw EngineErrors.SetPropertiesFromNonMap(other);
        }
    }

    public static NodeEntity CreateNode(IReadOnlyList<string> labels, List<KeyValuePair<string, object?>> properties, QueryContext ctx)
    {
        var node = ctx.Store.CreateNode(labels, properties); // the store skips null values
        ctx.Counters.NodesCreated++;
        ctx.Counters.LabelsAdded += node.Labels.Count;
        ctx.Counters.PropertiesSet += node.Properties.Count;
        return node;
    }

    public static RelationshipEntity CreateRelationship(string type, NodeEntity start, NodeEntity end, List<KeyValuePair<string, object?>> properties, QueryContext ctx)
    {
        var rel = ctx.Store.CreateRelationship(type, start, end, properties); // the store skips null values
        ctx.Counters.RelationshipsCreated++;
        ctx.Counters.PropertiesSet += rel.Properties.Count;
        return rel;
    }

    public static void SetProperty(object entity, string key, object? value, QueryContext ctx)
    {
        var stored = PropertyValues.ToStorable(value);
        var changed = entity switch
        {
            NodeEntity n => ctx.Store.SetProperty(n, key, stored),
            RelationshipEntity r => ctx.Store.SetProperty(r, key, stored),
            _ => throw EngineErrors.NotAnEntity("SET", entity),
        };
        if (changed || stored is not null)
        {
            ctx.Counters.PropertiesSet++;
        }
    }

    /// <summary><c>SET e = map</c> (replace) or <c>SET e += map</c> (merge).</summary>
    public static void SetProperties(object entity, object? source, bool merge, QueryContext ctx)
    {
        var values = source switch
        {
            null => [],
            IReadOnlyDictionary<string, object?> map => map.ToList(),
            NodeEntity n => n.GetProperties().ToList(),
            RelationshipEntity r => r.GetProperties().ToList(),
            _ => throw EngineErrors.SetPropertiesFromNonMap(source),
        };
        if (!merge)
        {
            var existing = entity switch
            {
                NodeEntity n => n.GetProperties().Select(kv => kv.Key).ToList(),
                RelationshipEntity r => r.GetProperties().Select(kv => kv.Key).ToList(),
                _ => throw EngineErrors.NotAnEntity("SET", entity),
            };
            foreach (var key in existing)
            {
                if (!values.Any(kv => string.Equals(kv.Key, key, StringComparison.Ordinal) && kv.Value is not null))
                {
                    SetProperty(entity, key, null, ctx);
                }
            }
        }

        foreach (var kv in values)
        {
            SetProperty(entity, kv.Key, kv.Value, ctx);
        }
    }

    public static void Delete(object? target, bool detach, QueryContext ctx)
    {
        switch (target)
        {
            case null:
                return;
            case NodeEntity node:
                if (detach)
                {
                    foreach (var rel in node.Outgoing.All.Concat(node.Incoming.All).ToList())
                    {
                        if (ctx.Store.DeleteRelationship(rel))
                        {
                            ctx.Counters.RelationshipsDeleted++;
                        }
                    }
                }

                if (ctx.Store.DeleteNode(node))
                {
                    ctx.Counters.NodesDeleted++;
                }

                return;
            case RelationshipEntity rel:
                if (ctx.Store.DeleteRelationship(rel))
                {
                    ctx.Counters.RelationshipsDeleted++;
                }

                return;
            case PathValue path:
                foreach (var rel in path.Relationships)
                {
                    Delete(rel, detach, ctx);
                }

                foreach (var node in path.Nodes)
                {
                    Delete(node, detach, ctx);
                }

                return;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                {
                    Delete(item, detach, ctx);
                }

                return;
            default:
                throw EngineErrors.DeleteNonEntity(target);
        }
    }
}
