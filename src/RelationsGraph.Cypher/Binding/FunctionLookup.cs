using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution.Functions;

namespace RelationsGraph.Cypher.Binding;

/// <summary>The binder's questions to the engine's <see cref="FunctionCatalog"/>: does the function exist, and with how many arguments.</summary>
internal static class FunctionLookup
{
    /// <summary>Throws UnknownFunction or InvalidNumberOfArguments for calls the catalog rejects.</summary>
    public static void Check(FunctionCall call)
    {
        if (!FunctionCatalog.TryGetArity(call.Name, out var min, out var max))
        {
            throw BinderErrors.UnknownFunction(call.Name, call.Position);
        }

        if (call.Arguments.Count < min || call.Arguments.Count > max)
        {
            throw BinderErrors.InvalidFunctionArity(call.Name, call.Position);
        }
    }

    public static bool IsAggregate(string name) => FunctionCatalog.IsAggregate(name);
}
