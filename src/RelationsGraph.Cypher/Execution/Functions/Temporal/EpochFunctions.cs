using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary><c>datetime.fromepoch(seconds, nanoseconds)</c> and <c>datetime.fromepochmillis(milliseconds)</c>, in UTC.</summary>
internal static class EpochFunctions
{
    public static object? FromEpoch(IReadOnlyList<object?> args)
    {
        if (args.Count != 2)
        {
            throw TemporalErrors.InvalidArgumentValue("Function 'datetime.fromepoch()' takes seconds and nanoseconds");
        }

        if (args[0] is null || args[1] is null)
        {
            return null;
        }

        var seconds = Integer("datetime.fromepoch", args[0]);
        var nanos = Integer("datetime.fromepoch", args[1]);
        return Instant("datetime.fromepoch", seconds, nanos);
    }

    public static object? FromEpochMillis(IReadOnlyList<object?> args)
    {
        if (args.Count != 1)
        {
            throw TemporalErrors.InvalidArgumentValue("Function 'datetime.fromepochmillis()' takes milliseconds");
        }

        if (args[0] is null)
        {
            return null;
        }

        var millis = Integer("datetime.fromepochmillis", args[0]);
        var seconds = millis / 1000;
        var rest = millis % 1000;
        if (rest < 0)
        {
            seconds--;
            rest += 1000;
        }

        return Instant("datetime.fromepochmillis", seconds, rest * 1_000_000);
    }

    private static CypherDateTime Instant(string name, long seconds, long nanos)
    {
        try
        {
            return CypherDateTime.FromInstant(seconds, nanos, TemporalConstructors.DefaultZone);
        }
        catch (OverflowException)
        {
            throw TemporalErrors.Overflow(name + "()");
        }
    }

    private static long Integer(string name, object? value) => value switch
    {
        long l => l,
        int i => i,
        double d when Math.Floor(d) == d && Math.Abs(d) < 9.2e18 => (long)d,
        _ => throw TemporalErrors.InvalidArgumentType(name, "an Integer", value),
    };
}
