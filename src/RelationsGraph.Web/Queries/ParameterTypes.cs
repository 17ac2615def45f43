namespace RelationsGraph.Web.Queries;

/// <summary>The types a saved query's parameter may have; the console builds its form from them.</summary>
public static class ParameterTypes
{
    public const string Actor = "actor";
    public const string Actors = "actors";
    public const string TieType = "tieType";
    public const string Status = "status";
    public const string Date = "date";
    public const string Integer = "integer";
    public const string String = "string";
    public const string Boolean = "boolean";

    public static IReadOnlyList<string> All { get; } = [Actor, Actors, TieType, Status, Date, Integer, String, Boolean];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
