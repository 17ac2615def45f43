namespace RelationsGraph.Cypher.Execution;

/// <summary>Variables visible to an expression: a row of the executor, or a comprehension's local scope over it.</summary>
internal interface IVariableScope
{
    bool TryGetValue(string name, out object? value);
}
