using RelationsGraph.Cypher.Execution.Expressions;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>Typed access to function arguments: null passes through, a wrong type is the TCK's runtime type error.</summary>
internal static class FunctionArguments
{
    public static double? Number(string function, object? value) => value switch
    {
        null => null,
        long l => l,
        double d => d,
        _ => throw EvaluationErrors.FunctionArgumentType(function, "a number", value),
    };

    public static long? Integer(string function, object? value) => value switch
    {
        null => null,
        long l => l,
        _ => throw EvaluationErrors.FunctionArgumentType(function, "an Integer", value),
    };

    public static string? Text(string function, object? value) => value switch
    {
        null => null,
        string s => s,
        _ => throw EvaluationErrors.FunctionArgumentType(function, "a String", value),
    };

    public static IReadOnlyList<object?>? List(string function, object? value) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => throw EvaluationErrors.FunctionArgumentType(function, "a List", value),
    };
}
