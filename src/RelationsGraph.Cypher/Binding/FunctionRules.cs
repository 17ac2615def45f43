namespace RelationsGraph.Cypher.Binding;

/// <summary>
/// What the binder knows about built-in functions beyond their existence: result types it can rely on,
/// argument kinds that are certainly wrong, and the arity of aggregates. Existence and arity of ordinary
/// functions belong to the expression workstream's function catalog.
/// </summary>
internal static class FunctionRules
{
    private static readonly TypeKind[] Scalars = [TypeKind.Boolean, TypeKind.Integer, TypeKind.Float, TypeKind.String];

    private static readonly Dictionary<string, StaticType> Results = new(StringComparer.OrdinalIgnoreCase)
    {
        ["count"] = StaticType.Integer,
        ["size"] = StaticType.Integer,
        ["length"] = StaticType.Integer,
        ["id"] = StaticType.Integer,
        ["toInteger"] = StaticType.Integer,
        ["timestamp"] = StaticType.Integer,
        ["toFloat"] = StaticType.Float,
        ["rand"] = StaticType.Float,
        ["pi"] = StaticType.Float,
        ["e"] = StaticType.Float,
        ["sqrt"] = StaticType.Float,
        ["toString"] = StaticType.String,
        ["toUpper"] = StaticType.String,
        ["toLower"] = StaticType.String,
        ["trim"] = StaticType.String,
        ["ltrim"] = StaticType.String,
        ["rtrim"] = StaticType.String,
        ["replace"] = StaticType.String,
        ["substring"] = StaticType.String,
        ["left"] = StaticType.String,
        ["right"] = StaticType.String,
        ["type"] = StaticType.String,
        ["toBoolean"] = StaticType.Boolean,
        ["isEmpty"] = StaticType.Boolean,
        ["exists"] = StaticType.Boolean,
        ["labels"] = StaticType.ListOf(StaticType.String),
        ["keys"] = StaticType.ListOf(StaticType.String),
        ["split"] = StaticType.ListOf(StaticType.String),
        ["range"] = StaticType.ListOf(StaticType.Integer),
        ["collect"] = StaticType.AnyList,
        ["tail"] = StaticType.AnyList,
        ["nodes"] = StaticType.ListOf(StaticType.Node),
        ["relationships"] = StaticType.ListOf(StaticType.Relationship),
        ["startNode"] = StaticType.Node,
        ["endNode"] = StaticType.Node,
        ["properties"] = StaticType.Map,
    };

    /// <summary>Per function: what its first argument must be, and the kinds that certainly are not that.</summary>
    private static readonly Dictionary<string, (string Expected, TypeKind[] Rejected)> FirstArgument = new(StringComparer.OrdinalIgnoreCase)
    {
        ["labels"] = ("Node", [.. Scalars, TypeKind.List, TypeKind.Map, TypeKind.Relationship, TypeKind.Path]),
        ["type"] = ("Relationship", [.. Scalars, TypeKind.List, TypeKind.Map, TypeKind.Node, TypeKind.Path]),
        ["properties"] = ("Map, Node or Relationship", [.. Scalars, TypeKind.List, TypeKind.Path]),
        ["size"] = ("String or List<T>", [TypeKind.Boolean, TypeKind.Integer, TypeKind.Float, TypeKind.Map, TypeKind.Node, TypeKind.Relationship, TypeKind.Path]),
        ["length"] = ("Path", [TypeKind.Boolean, TypeKind.Integer, TypeKind.Float, TypeKind.Map, TypeKind.Node, TypeKind.Relationship]),
        ["nodes"] = ("Path", [.. Scalars, TypeKind.Map, TypeKind.Node, TypeKind.Relationship]),
        ["relationships"] = ("Path", [.. Scalars, TypeKind.Map, TypeKind.Node, TypeKind.Relationship]),
    };

    /// <summary>The result type, when the function always returns one kind of value (or null).</summary>
    public static StaticType ResultType(string name) => Results.GetValueOrDefault(name, StaticType.Any);

    /// <summary>The expected type's name when the first argument is certainly of the wrong kind; null otherwise.</summary>
    public static string? RejectFirstArgument(string name, StaticType argument) =>
        FirstArgument.TryGetValue(name, out var rule) && rule.Rejected.Contains(argument.Kind) ? rule.Expected : null;

    /// <summary>How many arguments an aggregate takes.</summary>
    public static int AggregateArity(string name) =>
        name.StartsWith("percentile", StringComparison.OrdinalIgnoreCase) ? 2 : 1;

    /// <summary>Non-deterministic functions, which may not feed an aggregate.</summary>
    public static bool IsNonDeterministic(string name) => name.Equals("rand", StringComparison.OrdinalIgnoreCase);
}
