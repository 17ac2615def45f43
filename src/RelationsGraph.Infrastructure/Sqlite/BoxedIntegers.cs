namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>Pre-boxed small integers, so loading a million ties with years and counts does not box each one anew.</summary>
internal static class BoxedIntegers
{
    private const int Min = -128;
    private const int Max = 4096;
    private static readonly object[] Cache = Enumerable.Range(Min, Max - Min + 1).Select(i => (object)(long)i).ToArray();

    public static object Get(long value) => value is >= Min and <= Max ? Cache[value - Min] : value;
}
