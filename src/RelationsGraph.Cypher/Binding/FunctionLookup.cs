using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>
/// The binder's view of which functions exist. The expression workstream owns the function catalog; until
/// it is in, every name passes and unknown functions are reported by the evaluator at run time.
/// </summary>
internal static class FunctionLookup
{
    /// <summary>Throws UnknownFunction / InvalidNumberOfArguments for calls the catalog rejects.</summary>
    public static void Check(FunctionCall call)
    {
        _ = call;
    }
}
