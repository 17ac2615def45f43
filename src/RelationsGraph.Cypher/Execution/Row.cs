namespace RelationsGraph.Cypher.Execution;

/// <summary>
/// One row of variable bindings, as a persistent chain: binding a variable allocates one small link and
/// shares everything before it, which is what pattern expansion does millions of times. Lookup walks from
/// the newest binding, so a later binding of a name shadows an earlier one. A row can sit on an outer
/// scope (a subquery or a comprehension's variables), asked when the chain has no such name.
/// </summary>
internal sealed class Row : IVariableScope
{
    private readonly Row? _parent;
    private readonly string? _name;
    private readonly object? _value;
    private readonly IVariableScope? _outer;

    private Row(Row? parent, string? name, object? value, IVariableScope? outer)
    {
        _parent = parent;
        _name = name;
        _value = value;
        _outer = outer;
    }

    public static Row Empty { get; } = new(null, null, null, null);

    /// <summary>An empty row that falls back to <paramref name="outer"/>.</summary>
    public static Row Over(IVariableScope outer) => outer as Row ?? new Row(null, null, null, outer);

    public Row Bind(string name, object? value) => new(this, name, value, null);

    public bool TryGetValue(string name, out object? value)
    {
        for (var row = this; row is not null; row = row._parent)
        {
            if (row._name is not null && (ReferenceEquals(row._name, name) || string.Equals(row._name, name, StringComparison.Ordinal)))
            {
                value = row._value;
                return true;
            }

            if (row._outer is not null)
            {
                return row._outer.TryGetValue(name, out value);
            }
        }

        value = null;
        return false;
    }

    public object? Get(string name) => TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => TryGetValue(name, out _);
}
