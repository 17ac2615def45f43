using System.Diagnostics.CodeAnalysis;
using RelationsGraph.Cypher.Execution.Expressions;
using RelationsGraph.Cypher.Execution.Functions.Temporal;

namespace RelationsGraph.Cypher.Execution.Functions;

/// <summary>
/// Every function the engine knows, by case-insensitive name: arity, whether it aggregates, and the body
/// of scalar ones. The binder asks it for unknown names and argument counts; the evaluator calls through it.
/// </summary>
internal static class FunctionCatalog
{
    private const int Variadic = int.MaxValue;

    private static readonly Dictionary<string, FunctionDefinition> Functions = Build();

    public static bool IsKnown(string name) => Functions.ContainsKey(name);

    public static bool IsAggregate(string name) => Functions.TryGetValue(name, out var function) && function.IsAggregate;

    /// <summary>Minimum argument count; 0 for unknown names.</summary>
    public static int MinArity(string name) => Functions.TryGetValue(name, out var function) ? function.MinArity : 0;

    /// <summary>Maximum argument count (<see cref="int.MaxValue"/> when variadic); 0 for unknown names.</summary>
    public static int MaxArity(string name) => Functions.TryGetValue(name, out var function) ? function.MaxArity : 0;

    public static bool TryGetArity(string name, out int min, out int max)
    {
        if (Functions.TryGetValue(name, out var function))
        {
            min = function.MinArity;
            max = function.MaxArity;
            return true;
        }

        min = max = 0;
        return false;
    }

    public static bool TryGet(string name, [NotNullWhen(true)] out FunctionDefinition? function) =>
        Functions.TryGetValue(name, out function);

    /// <summary>Calls a scalar function over evaluated arguments (for callers outside the evaluator).</summary>
    public static object? Invoke(string name, object?[] arguments, IEvaluationContext context)
    {
        if (!Functions.TryGetValue(name, out var function))
        {
            throw EvaluationErrors.UnknownFunction(name);
        }

        if (function.IsAggregate)
        {
            throw EvaluationErrors.AggregateNotPrecomputed(name);
        }

        if (arguments.Length < function.MinArity || arguments.Length > function.MaxArity)
        {
            throw EvaluationErrors.WrongArgumentCount(name, arguments.Length, function.MinArity, function.MaxArity);
        }

        return function.Kind switch
        {
            FunctionKind.Coalesce => FirstNonNull(arguments),
            FunctionKind.Exists => arguments[0] is bool ? arguments[0] : arguments[0] is not null,
            _ => function.Invoke(arguments, context),
        };
    }

    private static object? FirstNonNull(object?[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is not null)
            {
                return argument;
            }
        }

        return null;
    }

    private static Dictionary<string, FunctionDefinition> Build()
    {
        var functions = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);

        void Scalar(string name, int min, int max, FunctionBody body) =>
            functions[name] = new FunctionDefinition(name, min, max, FunctionKind.Scalar, body);

        void Aggregate(string name, int min, int max) =>
            functions[name] = new FunctionDefinition(name, min, max, FunctionKind.Aggregate, null);

        // Temporal functions first, so a scalar of the same name (none today) would take precedence.
        foreach (var temporal in TemporalFunctions.Names)
        {
            var lowerName = temporal;
            Scalar(temporal, 0, 3, (args, context) =>
                TemporalFunctions.TryInvoke(lowerName, args, context, out var result) ? result : throw EvaluationErrors.UnknownFunction(lowerName));
        }

        Aggregate("count", 1, 1);
        Aggregate("sum", 1, 1);
        Aggregate("avg", 1, 1);
        Aggregate("min", 1, 1);
        Aggregate("max", 1, 1);
        Aggregate("collect", 1, 1);
        Aggregate("stDev", 1, 1);
        Aggregate("stDevP", 1, 1);
        Aggregate("percentileCont", 2, 2);
        Aggregate("percentileDisc", 2, 2);

        functions["coalesce"] = new FunctionDefinition("coalesce", 1, Variadic, FunctionKind.Coalesce, null);
        functions["exists"] = new FunctionDefinition("exists", 1, 1, FunctionKind.Exists, null);

        Scalar("head", 1, 1, ListFunctions.Head);
        Scalar("last", 1, 1, ListFunctions.Last);
        Scalar("tail", 1, 1, ListFunctions.Tail);
        Scalar("size", 1, 1, ListFunctions.Size);
        Scalar("isEmpty", 1, 1, ListFunctions.IsEmpty);
        Scalar("reverse", 1, 1, ListFunctions.Reverse);
        Scalar("range", 2, 3, ListFunctions.Range);

        Scalar("length", 1, 1, GraphFunctions.Length);
        Scalar("type", 1, 1, GraphFunctions.Type);
        Scalar("id", 1, 1, GraphFunctions.Id);
        Scalar("elementId", 1, 1, GraphFunctions.ElementId);
        Scalar("labels", 1, 1, GraphFunctions.Labels);
        Scalar("keys", 1, 1, GraphFunctions.Keys);
        Scalar("properties", 1, 1, GraphFunctions.Properties);
        Scalar("nodes", 1, 1, GraphFunctions.Nodes);
        Scalar("relationships", 1, 1, GraphFunctions.Relationships);
        Scalar("startNode", 1, 1, GraphFunctions.StartNode);
        Scalar("endNode", 1, 1, GraphFunctions.EndNode);

        Scalar("toBoolean", 1, 1, ConversionFunctions.ToBoolean);
        Scalar("toBooleanOrNull", 1, 1, ConversionFunctions.ToBooleanOrNull);
        Scalar("toInteger", 1, 1, ConversionFunctions.ToInteger);
        Scalar("toIntegerOrNull", 1, 1, ConversionFunctions.ToIntegerOrNull);
        Scalar("toFloat", 1, 1, ConversionFunctions.ToFloat);
        Scalar("toFloatOrNull", 1, 1, ConversionFunctions.ToFloatOrNull);
        Scalar("toString", 1, 1, ConversionFunctions.ToStringFunction);
        Scalar("toStringOrNull", 1, 1, ConversionFunctions.ToStringOrNull);
        Scalar("toBooleanList", 1, 1, ConversionFunctions.ToBooleanList);
        Scalar("toIntegerList", 1, 1, ConversionFunctions.ToIntegerList);
        Scalar("toFloatList", 1, 1, ConversionFunctions.ToFloatList);
        Scalar("toStringList", 1, 1, ConversionFunctions.ToStringList);
        Scalar("valueType", 1, 1, ConversionFunctions.ValueType);

        Scalar("toUpper", 1, 1, StringFunctions.ToUpper);
        Scalar("upper", 1, 1, StringFunctions.ToUpper);
        Scalar("toLower", 1, 1, StringFunctions.ToLower);
        Scalar("lower", 1, 1, StringFunctions.ToLower);
        Scalar("trim", 1, 1, StringFunctions.Trim);
        Scalar("lTrim", 1, 2, StringFunctions.LTrim);
        Scalar("rTrim", 1, 2, StringFunctions.RTrim);
        Scalar("bTrim", 1, 2, StringFunctions.BTrim);
        Scalar("replace", 3, 3, StringFunctions.Replace);
        Scalar("substring", 2, 3, StringFunctions.Substring);
        Scalar("left", 2, 2, StringFunctions.Left);
        Scalar("right", 2, 2, StringFunctions.Right);
        Scalar("split", 2, 2, StringFunctions.Split);
        Scalar("normalize", 1, 2, StringFunctions.Normalize);
        Scalar("char_length", 1, 1, StringFunctions.CharLength);
        Scalar("character_length", 1, 1, StringFunctions.CharLength);

        Scalar("abs", 1, 1, MathFunctions.Abs);
        Scalar("ceil", 1, 1, MathFunctions.Ceil);
        Scalar("floor", 1, 1, MathFunctions.Floor);
        Scalar("round", 1, 3, MathFunctions.Round);
        Scalar("sign", 1, 1, MathFunctions.Sign);
        Scalar("rand", 0, 0, MathFunctions.Rand);
        Scalar("sqrt", 1, 1, MathFunctions.Sqrt);
        Scalar("exp", 1, 1, MathFunctions.Exp);
        Scalar("log", 1, 1, MathFunctions.Log);
        Scalar("log10", 1, 1, MathFunctions.Log10);
        Scalar("e", 0, 0, MathFunctions.E);
        Scalar("pi", 0, 0, MathFunctions.Pi);
        Scalar("sin", 1, 1, MathFunctions.Sin);
        Scalar("cos", 1, 1, MathFunctions.Cos);
        Scalar("tan", 1, 1, MathFunctions.Tan);
        Scalar("cot", 1, 1, MathFunctions.Cot);
        Scalar("asin", 1, 1, MathFunctions.Asin);
        Scalar("acos", 1, 1, MathFunctions.Acos);
        Scalar("atan", 1, 1, MathFunctions.Atan);
        Scalar("atan2", 2, 2, MathFunctions.Atan2);
        Scalar("degrees", 1, 1, MathFunctions.Degrees);
        Scalar("radians", 1, 1, MathFunctions.Radians);
        Scalar("haversin", 1, 1, MathFunctions.Haversin);
        Scalar("isNaN", 1, 1, MathFunctions.IsNaN);

        Scalar("timestamp", 0, 0, MiscFunctions.Timestamp);
        Scalar("randomUUID", 0, 0, MiscFunctions.RandomUuid);

        return functions;
    }
}
