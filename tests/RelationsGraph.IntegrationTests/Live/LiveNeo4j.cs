namespace RelationsGraph.IntegrationTests.Live;

/// <summary>
/// Where the live Neo4j is, from the environment. <c>RELATIONSGRAPH_NEO4J_URI</c> turns the live tests on;
/// <c>RELATIONSGRAPH_NEO4J_USER</c> (default neo4j), <c>RELATIONSGRAPH_NEO4J_PASSWORD</c> and
/// <c>RELATIONSGRAPH_NEO4J_DATABASE</c> (default neo4j) complete it. The database is wiped: use a scratch one.
/// </summary>
internal static class LiveNeo4j
{
    public const string UriVariable = "RELATIONSGRAPH_NEO4J_URI";
    public const string SkipReason = "RELATIONSGRAPH_NEO4J_URI is not set; live Neo4j tests skipped";

    public static string? Uri => Environment.GetEnvironmentVariable(UriVariable) is { Length: > 0 } uri ? uri : null;

    public static string User => Environment.GetEnvironmentVariable("RELATIONSGRAPH_NEO4J_USER") ?? "neo4j";

    public static string? Password => Environment.GetEnvironmentVariable("RELATIONSGRAPH_NEO4J_PASSWORD");

    public static string Database => Environment.GetEnvironmentVariable("RELATIONSGRAPH_NEO4J_DATABASE") ?? "neo4j";

    public static bool Available => Uri is not null;
}
