namespace RelationsGraph.Cypher.Binding;

/// <summary>The coarse kinds of value the binder can tell apart before any data is read.</summary>
internal enum TypeKind
{
    /// <summary>Unknown until run time (parameters, property values, most function results).</summary>
    Any,
    Null,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
}

/// <summary>
/// What the binder knows statically about an expression's value. Deliberately coarse: it only has to be
/// precise enough to reject what is certainly wrong, and must never reject what might be right.
/// </summary>
internal sealed record StaticType(TypeKind Kind, StaticType? Element = null)
{
    public static StaticType Any { get; } = new(TypeKind.Any);

    public static StaticType Null { get; } = new(TypeKind.Null);

    public static StaticType Boolean { get; } = new(TypeKind.Boolean);

    public static StaticType Integer { get; } = new(TypeKind.Integer);

    public static StaticType Float { get; } = new(TypeKind.Float);

    public static StaticType String { get; } = new(TypeKind.String);

    public static StaticType Map { get; } = new(TypeKind.Map);

    public static StaticType Node { get; } = new(TypeKind.Node);

    public static StaticType Relationship { get; } = new(TypeKind.Relationship);

    public static StaticType Path { get; } = new(TypeKind.Path);

    public static StaticType AnyList { get; } = new(TypeKind.List, Any);

    /// <summary>True when the kind is certain (not Any, not null, which fits every type).</summary>
    public bool IsKnown => Kind is not (TypeKind.Any or TypeKind.Null);

    public bool IsNumber => Kind is TypeKind.Integer or TypeKind.Float;

    public static StaticType ListOf(StaticType element) => new(TypeKind.List, element);

    /// <summary>The element type of a list (Any when unknown or not a list).</summary>
    public StaticType ElementType => Kind == TypeKind.List ? Element ?? Any : Any;

    /// <summary>The common type of several values: the shared kind, or Any. Nulls fit anything.</summary>
    public static StaticType Common(IEnumerable<StaticType> types)
    {
        StaticType? result = null;
        foreach (var type in types)
        {
            if (type.Kind == TypeKind.Null)
            {
                continue;
            }

            if (result is null)
            {
                result = type;
            }
            else if (result.Kind != type.Kind)
            {
                return Any;
            }
            else if (result.Kind == TypeKind.List && result != type)
            {
                result = AnyList;
            }
        }

        return result ?? Any;
    }

    /// <summary>Neo4j's name for the type, as used in error messages.</summary>
    public string DisplayName => Kind switch
    {
        TypeKind.Boolean => "Boolean",
        TypeKind.Integer => "Integer",
        TypeKind.Float => "Float",
        TypeKind.String => "String",
        TypeKind.List => "List<" + ElementType.DisplayName + ">",
        TypeKind.Map => "Map",
        TypeKind.Node => "Node",
        TypeKind.Relationship => "Relationship",
        TypeKind.Path => "Path",
        TypeKind.Null => "Null",
        _ => "Any",
    };
}
