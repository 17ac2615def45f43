using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>Functions over nodes, relationships and paths.</summary>
internal static class GraphFunctions
{
    public static object? Type(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        RelationshipEntity relationship => relationship.Type,
        var other => throw EvaluationErrors.FunctionArgumentType("type", "a Relationship", other),
    };

    public static object? Id(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        NodeEntity node => Boxes.Long(node.Id),
        RelationshipEntity relationship => Boxes.Long(relationship.Id),
        var other => throw EvaluationErrors.FunctionArgumentType("id", "a Node or Relationship", other),
    };

    public static object? ElementId(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        NodeEntity node => node.ElementId,
        RelationshipEntity relationship => relationship.ElementId,
        var other => throw EvaluationErrors.FunctionArgumentType("elementId", "a Node or Relationship", other),
    };

    public static object? Labels(object?[] args, IEvaluationContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case NodeEntity node:
                if (node.IsDeleted)
                {
                    throw EvaluationErrors.DeletedNode(node.Id);
                }

                var labels = new List<object?>(node.Labels.Count);
                for (var i = 0; i < node.Labels.Count; i++)
                {
                    labels.Add(node.Labels[i]);
                }

                return labels;
            default:
                throw EvaluationErrors.FunctionArgumentType("labels", "a Node", args[0]);
        }
    }

    public static object? Keys(object?[] args, IEvaluationContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                {
                    var keys = new List<object?>(map.Count);
                    foreach (var key in map.Keys)
                    {
                        keys.Add(key);
                    }

                    return keys;
                }

            case NodeEntity or RelationshipEntity:
                {
                    var keys = new List<object?>();
                    foreach (var property in EntityProperties(args[0]!, "keys"))
                    {
                        keys.Add(property.Key);
                    }

                    return keys;
                }

            default:
                throw EvaluationErrors.FunctionArgumentType("keys", "a Map, Node or Relationship", args[0]);
        }
    }

    public static object? Properties(object?[] args, IEvaluationContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map;
            case NodeEntity or RelationshipEntity:
                var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in EntityProperties(args[0]!, "properties"))
                {
                    properties[property.Key] = property.Value;
                }

                return properties;
            default:
                throw EvaluationErrors.FunctionArgumentType("properties", "a Map, Node or Relationship", args[0]);
        }
    }

    public static object? Nodes(object?[] args, IEvaluationContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case PathValue path:
                var nodes = new List<object?>(path.Nodes.Count);
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    nodes.Add(path.Nodes[i]);
                }

                return nodes;
            default:
                throw EvaluationErrors.FunctionArgumentType("nodes", "a Path", args[0]);
        }
    }

    public static object? Relationships(object?[] args, IEvaluationContext context)
    {
        switch (args[0])
        {
            case null:
                return null;
            case PathValue path:
                var relationships = new List<object?>(path.Relationships.Count);
                for (var i = 0; i < path.Relationships.Count; i++)
                {
                    relationships.Add(path.Relationships[i]);
                }

                return relationships;
            default:
                throw EvaluationErrors.FunctionArgumentType("relationships", "a Path", args[0]);
        }
    }

    public static object? StartNode(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        RelationshipEntity relationship => relationship.Start,
        var other => throw EvaluationErrors.FunctionArgumentType("startNode", "a Relationship", other),
    };

    public static object? EndNode(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        RelationshipEntity relationship => relationship.End,
        var other => throw EvaluationErrors.FunctionArgumentType("endNode", "a Relationship", other),
    };

    /// <summary>length(): a path's relationship count; strings too, as older Neo4j allowed.</summary>
    public static object? Length(object?[] args, IEvaluationContext context) => args[0] switch
    {
        null => null,
        PathValue path => Boxes.Long(path.Length),
        string text => Boxes.Long(StringFunctions.CodePointCount(text)),
        var other => throw EvaluationErrors.FunctionArgumentType("length", "a Path", other),
    };

    private static IEnumerable<KeyValuePair<string, object?>> EntityProperties(object entity, string function) => entity switch
    {
        NodeEntity node => node.IsDeleted ? throw EvaluationErrors.DeletedNode(node.Id) : node.GetProperties(),
        RelationshipEntity relationship => relationship.IsDeleted
            ? throw EvaluationErrors.DeletedRelationship(relationship.Id)
            : relationship.GetProperties(),
        _ => throw EvaluationErrors.FunctionArgumentType(function, "a Node or Relationship", entity),
    };
}
