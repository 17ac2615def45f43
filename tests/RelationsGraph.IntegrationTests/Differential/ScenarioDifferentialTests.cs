using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Values;
using RelationsGraph.IntegrationTests.Live;

namespace RelationsGraph.IntegrationTests.Differential;

/// <summary>Queries over the seed that exercise the value model: every type must come back the same from both stores.</summary>
[Collection(DifferentialCollection.Name)]
public sealed class ScenarioDifferentialTests(DifferentialFixture stores)
{
    public static TheoryData<string> Scenarios() => new(
        "MATCH (a:Actor) RETURN a.kind AS kind, count(*) AS actors",
        "MATCH (a:Actor) RETURN a ORDER BY a.id",
        "MATCH (:Actor)-[t]->(:Actor) RETURN type(t) AS type, t.status AS status, count(*) AS ties",
        "MATCH (s:Actor)-[t]->(o:Actor) RETURN s.id AS source, t, o.id AS target",
        "MATCH p = (:Actor {id: 'north-korea'})-[*1..2]-(:Actor) RETURN length(p) AS length, count(*) AS paths",
        "MATCH p = (:Actor {id: 'north-korea'})-[]-(:Actor) RETURN p",
        "MATCH ()-[t]->() WHERE t.validFrom IS NOT NULL RETURN t.id AS tie, t.validFrom AS validFrom, t.validFrom.year AS year",
        "MATCH ()-[t]->() WHERE t.confidence IS NOT NULL RETURN avg(t.confidence) AS mean, min(t.confidence) AS low, max(t.confidence) AS high, sum(t.confidence) AS total",
        "MATCH (e:Evidence) RETURN e.stance AS stance, collect(DISTINCT e.tieId) AS ties",
        "MATCH (a:Actor) RETURN {id: a.id, aliases: a.aliases, size: size(coalesce(a.aliases, []))} AS actor",
        "RETURN 9007199254740993 AS big, 0.1 + 0.2 AS float, 'x' + 1 AS text, [1, 'a', null, true] AS list, null AS nothing",
        "RETURN date('2024-06-19') AS d, localtime('12:50:35.556') AS lt, time('12:50:35+01:00') AS t, localdatetime('2024-06-19T10:00') AS ldt, datetime('2024-06-19T10:00+02:00') AS dt, datetime('2024-06-19T10:00[Europe/Berlin]') AS zdt, duration('P1M2DT3H') AS dur",
        "RETURN date('2024-06-19') + duration('P1M') AS later, duration.between(date('2022-02-24'), date('2024-06-19')) AS span",
        "MATCH (a:Actor) WHERE a.name STARTS WITH 'North' OR a.name CONTAINS 'Korea' RETURN a.name AS name",
        "RETURN 1 / 0 AS boom",
        "RETURN $missing AS m");

    [LiveNeo4jTheory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_SameAnswerOnBothStores(string query) =>
        await StoreComparison.AssertSameAsync(stores.Embedded, stores.Neo4j, query);

    [LiveNeo4jFact]
    public async Task Parameters_OfEveryType_RoundTripUnchanged()
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["i"] = 9007199254740993L,
            ["f"] = 1.0,
            ["s"] = "Acme",
            ["b"] = true,
            ["n"] = null,
            ["l"] = new List<object?> { 1L, "a" },
            ["m"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["k"] = 2L },
            ["d"] = CypherDate.Of(2024, 6, 19),
            ["dt"] = CypherDateTime.Of(CypherLocalDateTime.Of(CypherDate.Of(2024, 6, 19), CypherLocalTime.Of(10)), "Europe/Berlin"),
            ["dur"] = CypherDuration.Of(1, 2, 3, 0),
        };
        const string query = "RETURN $i AS i, $f AS f, $s AS s, $b AS b, $n AS n, $l AS l, $m AS m, $d AS d, $dt AS dt, $dur AS dur";
        var result = await stores.Neo4j.RunAsync(new QueryRequest(query, parameters));
        for (var i = 0; i < result.Columns.Count; i++)
        {
            Support.CanonicalValue.Of(result.Rows[0][i]).ShouldBe(Support.CanonicalValue.Of(parameters[result.Columns[i]]), result.Columns[i]);
        }

        await StoreComparison.AssertSameAsync(stores.Embedded, stores.Neo4j, query, parameters);
    }

    [LiveNeo4jFact]
    public async Task ReadAfterWrite_SeesTheWrite()
    {
        await stores.Neo4j.RunAsync(new QueryRequest("MERGE (m:Meta {id: 'differential-probe'}) SET m.at = 1", Mode: AccessMode.Write));
        var read = await stores.Neo4j.RunAsync(new QueryRequest("MATCH (m:Meta {id: 'differential-probe'}) RETURN m.at AS at"));
        read.Rows.Single()[0].ShouldBe(1L);
        await stores.Neo4j.RunAsync(new QueryRequest("MATCH (m:Meta {id: 'differential-probe'}) DELETE m", Mode: AccessMode.Write));
    }

    [LiveNeo4jFact]
    public async Task ExplicitTransaction_RolledBack_LeavesNothing()
    {
        await using (var tx = await stores.Neo4j.BeginTransactionAsync(AccessMode.Write))
        {
            await tx.RunAsync("CREATE (:Meta {id: 'rolled-back'})");
            await tx.RollbackAsync();
        }

        (await stores.Neo4j.RunAsync(new QueryRequest("MATCH (m:Meta {id: 'rolled-back'}) RETURN m"))).Rows.ShouldBeEmpty();
    }

    [LiveNeo4jFact]
    public async Task Health_ReportsNeo4jWithVersion()
    {
        var health = await stores.Neo4j.CheckHealthAsync();
        health.Healthy.ShouldBeTrue(health.Detail);
        health.Backend.ShouldBe("neo4j");
        health.Version.ShouldNotBeNullOrEmpty();
    }
}
