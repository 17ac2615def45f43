namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>The temporal functions: date(), datetime(), duration.between(), date.truncate() and the rest.</summary>
internal static class TemporalFunctions
{
    private static readonly (string Name, TemporalKind Kind)[] Constructors =
    [
        ("date", TemporalKind.Date),
        ("localtime", TemporalKind.LocalTime),
        ("time", TemporalKind.Time),
        ("localdatetime", TemporalKind.LocalDateTime),
        ("datetime", TemporalKind.DateTime),
    ];

    private static readonly Dictionary<string, Func<IReadOnlyList<object?>, IEvaluationContext, object?>> Functions = Build();

    /// <summary>Lower-case names of every temporal function, namespaced ones included (e.g. "date.truncate").</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(Functions.Keys, StringComparer.Ordinal);

    /// <summary>Calls the function when <paramref name="lowerName"/> is a temporal one; false otherwise.</summary>
    public static bool TryInvoke(string lowerName, IReadOnlyList<object?> arguments, IEvaluationContext context, out object? result)
    {
        if (!Functions.TryGetValue(lowerName, out var function))
        {
            result = null;
            return false;
        }

        result = function(arguments, context);
        return true;
    }

    private static Dictionary<string, Func<IReadOnlyList<object?>, IEvaluationContext, object?>> Build()
    {
        var functions = new Dictionary<string, Func<IReadOnlyList<object?>, IEvaluationContext, object?>>(StringComparer.Ordinal);
        foreach (var (name, kind) in Constructors)
        {
            functions[name] = (args, context) => TemporalConstructors.Construct(kind, args, context);
            functions[name + ".transaction"] = (args, context) => TemporalConstructors.CurrentAt(kind, context.TransactionTime, args);
            functions[name + ".statement"] = (args, context) => TemporalConstructors.CurrentAt(kind, context.StatementTime, args);
            functions[name + ".realtime"] = (args, context) => TemporalConstructors.CurrentAt(kind, context.Clock.GetUtcNow(), args);
            functions[name + ".truncate"] = (args, context) => TemporalTruncation.Truncate(kind, args, context);
        }

        functions["datetime.fromepoch"] = (args, _) => EpochFunctions.FromEpoch(args);
        functions["datetime.fromepochmillis"] = (args, _) => EpochFunctions.FromEpochMillis(args);
        functions["duration"] = (args, _) => DurationFunctions.Duration(args);
        functions["duration.between"] = (args, _) => DurationFunctions.Between("duration.between", args, DurationFunctions.BetweenMode.Full);
        functions["duration.inmonths"] = (args, _) => DurationFunctions.Between("duration.inMonths", args, DurationFunctions.BetweenMode.Months);
        functions["duration.indays"] = (args, _) => DurationFunctions.Between("duration.inDays", args, DurationFunctions.BetweenMode.Days);
        functions["duration.inseconds"] = (args, _) => DurationFunctions.Between("duration.inSeconds", args, DurationFunctions.BetweenMode.Seconds);
        return functions;
    }
}
