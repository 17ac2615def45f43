namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>
/// The scope of a comprehension, quantifier or reduce: up to two local names shadowing the enclosing
/// scope. One instance is reused across the elements of a list, so iterating allocates nothing.
/// </summary>
internal sealed class LocalScope(IVariableScope parent, string first, string? second = null) : IVariableScope
{
    public object? First { get; set; }

    public object? Second { get; set; }

    public bool TryGetValue(string name, out object? value)
    {
        if (string.Equals(name, first, StringComparison.Ordinal))
        {
            value = First;
            return true;
        }

        if (second is not null && string.Equals(name, second, StringComparison.Ordinal))
        {
            value = Second;
            return true;
        }

        return parent.TryGetValue(name, out value);
    }
}
