namespace RelationsGraph.Cypher.Execution.Values;

/// <summary>
/// Shared boxes for booleans and small integers. Expression evaluation produces values as objects, and
/// counters, indexes and comparison results would otherwise allocate a fresh box per row.
/// </summary>
internal static class Boxes
{
    private const long CacheMin = -128;
    private const long CacheMax = 1023;

    private static readonly object[] SmallLongs = CreateSmallLongs();

    public static readonly object True = true;

    public static readonly object False = false;

    public static object Bool(bool value) => value ? True : False;

    public static object? Bool(bool? value) => value is null ? null : value.Value ? True : False;

    public static object Long(long value) =>
        value is >= CacheMin and <= CacheMax ? SmallLongs[value - CacheMin] : value;

    public static object Long(int value) => Long((long)value);

    private static object[] CreateSmallLongs()
    {
        var boxes = new object[CacheMax - CacheMin + 1];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = CacheMin + i;
        }

        return boxes;
    }
}
