namespace RelationsGraph.IntegrationTests.Live;

/// <summary>A theory that needs a live Neo4j; without <c>RELATIONSGRAPH_NEO4J_URI</c> the runner reports it skipped, with why.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LiveNeo4jTheoryAttribute : TheoryAttribute
{
    public LiveNeo4jTheoryAttribute()
    {
        if (!LiveNeo4j.Available)
        {
            Skip = LiveNeo4j.SkipReason;
        }
    }
}
