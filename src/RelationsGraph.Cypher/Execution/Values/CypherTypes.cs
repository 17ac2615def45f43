using RelationsGraph.Cypher.Execution.Functions.Temporal;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Values;

/// <summary>Type checks and type names over engine values, for messages and <c>valueType()</c>.</summary>
internal static class CypherTypes
{
    public static bool IsNumber(object? value) => value is long or double;

    public static bool IsList(object? value) => value is IReadOnlyList<object?>;

    public static bool IsMap(object? value) => value is IReadOnlyDictionary<string, object?>;

    /// <summary>The short name used in error messages, in Neo4j's spelling ("Integer", "List", ...).</summary>
    public static string DisplayName(object? value) => value switch
    {
        null => "Null",
        bool => "Boolean",
        long or int => "Integer",
        double => "Float",
        string => "String",
        IReadOnlyList<object?> => "List",
        IReadOnlyDictionary<string, object?> => "Map",
        NodeEntity => "Node",
        RelationshipEntity => "Relationship",
        PathValue => "Path",
        _ when TemporalOperations.IsTemporal(value) => TemporalOperations.TypeName(value),
        _ => value.GetType().Name,
    };

    /// <summary>The Cypher type name of a value, without nullability, as <c>valueType()</c> spells it.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "BOOLEAN",
        long or int => "INTEGER",
        double => "FLOAT",
        string => "STRING",
        IReadOnlyList<object?> list => ListTypeName(list),
        IReadOnlyDictionary<string, object?> => "MAP",
        NodeEntity => "NODE",
        RelationshipEntity => "RELATIONSHIP",
        PathValue => "PATH",
        _ when TemporalOperations.IsTemporal(value) => TemporalOperations.TypeName(value),
        _ => "ANY",
    };

    /// <summary><c>valueType()</c>: the type name with its nullability, e.g. <c>INTEGER NOT NULL</c>.</summary>
    public static string ValueType(object? value) => value is null ? "NULL" : TypeName(value) + " NOT NULL";

    private static string ListTypeName(IReadOnlyList<object?> list)
    {
        if (list.Count == 0)
        {
            return "LIST<NOTHING>";
        }

        string? element = null;
        var sawNull = false;
        var mixed = false;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                sawNull = true;
                continue;
            }

            var name = TypeName(list[i]);
            if (element is null)
            {
                element = name;
            }
            else if (!string.Equals(element, name, StringComparison.Ordinal))
            {
                mixed = true;
            }
        }

        if (element is null)
        {
            return "LIST<NULL>";
        }

        var inner = mixed ? "ANY" : element;
        return sawNull ? $"LIST<{inner}>" : $"LIST<{inner} NOT NULL>";
    }
}
