namespace RelationsGraph.Cypher.Binding;

/// <summary>
/// The variables visible at one point of a query and what the binder knows of each. Mutable while a clause
/// is analysed; <see cref="Clone"/> gives a clause or a nested expression its own copy.
/// </summary>
internal sealed class BindingScope
{
    private readonly Dictionary<string, StaticType> _variables;

    public BindingScope()
        : this(new Dictionary<string, StaticType>(StringComparer.Ordinal))
    {
    }

    private BindingScope(Dictionary<string, StaticType> variables) => _variables = variables;

    public static BindingScope Empty => new();

    public int Count => _variables.Count;

    /// <summary>Names in the order they were declared.</summary>
    public IEnumerable<string> Names => _variables.Keys;

    public IEnumerable<KeyValuePair<string, StaticType>> Variables => _variables;

    public bool Contains(string name) => _variables.ContainsKey(name);

    public bool TryGet(string name, out StaticType type)
    {
        if (_variables.TryGetValue(name, out var found))
        {
            type = found;
            return true;
        }

        type = StaticType.Any;
        return false;
    }

    /// <summary>Declares or re-types a variable (later declarations shadow earlier ones).</summary>
    public void Set(string name, StaticType type) => _variables[name] = type;

    public BindingScope Clone() => new(new Dictionary<string, StaticType>(_variables, StringComparer.Ordinal));

    /// <summary>A copy of this scope with one more variable (for comprehension and quantifier bodies).</summary>
    public BindingScope With(string name, StaticType type)
    {
        var copy = Clone();
        copy.Set(name, type);
        return copy;
    }
}
