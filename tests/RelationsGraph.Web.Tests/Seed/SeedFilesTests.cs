using System.Text.RegularExpressions;
using RelationsGraph.Web.Registry;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Seed;

/// <summary>Checks the seed's consistency as text, so a slip shows up even without a store to load it into.</summary>
public sealed partial class SeedFilesTests
{
    private static readonly NetworkRegistry Registry = NetworkRegistry.Load(Path.Combine(RepoFiles.Cypher, "registry.json"));
    private static readonly string Seed = RepoFiles.ReadAll("seed");

    [Fact]
    public void Ties_EveryTie_HasARegisteredTypeAKnownStatusAndPhase()
    {
        var ties = TieMerge().Matches(Seed);
        ties.Count.ShouldBeGreaterThan(10);
        foreach (Match tie in ties)
        {
            Registry.IsTieType(tie.Groups["type"].Value).ShouldBeTrue(tie.Value);
        }

        foreach (Match status in StatusSet().Matches(Seed))
        {
            Registry.IsStatus(status.Groups[1].Value).ShouldBeTrue(status.Value);
        }

        var phases = Registry.Phases.Select(p => p.Phase).ToHashSet();
        foreach (Match phase in PhaseSet().Matches(Seed))
        {
            phases.ShouldContain(phase.Groups[1].Value);
        }
    }

    [Fact]
    public void Ties_IdsAreUnique()
    {
        TieMerge().Matches(Seed).Select(m => m.Groups["id"].Value).ShouldBeUnique();
    }

    [Fact]
    public void Evidence_EveryPiece_PointsAtASeededTieAndActor()
    {
        var tieIds = TieMerge().Matches(Seed).Select(m => m.Groups["id"].Value).ToHashSet();
        var actorIds = ActorMerge().Matches(Seed).Select(m => m.Groups[1].Value).ToHashSet();
        var evidence = EvidenceTie().Matches(Seed);
        evidence.Count.ShouldBeGreaterThan(10);
        foreach (Match e in evidence)
        {
            tieIds.ShouldContain(e.Groups[1].Value);
        }

        foreach (Match by in ActorMatch().Matches(Seed))
        {
            actorIds.ShouldContain(by.Groups[1].Value);
        }
    }

    [Fact]
    public void Report_KeyClaims_AreSeededWithTheirDoubt()
    {
        Seed.ShouldContain("MERGE (s)-[r:DEFENSE_PACT {id: 'north-korea-russia-defense-pact'}]->(t)");
        Seed.ShouldContain("MERGE (s)-[r:TROOP_TRANSFER {id: 'north-korea-troops-russia'}]->(t)");
        Seed.ShouldContain("e.tieId = 'north-korea-troops-russia', e.stance = 'denies'");
        Seed.ShouldContain("e.tieId = 'north-korea-troops-russia', e.stance = 'asserts'");
        Seed.ShouldMatch(@"\{id: 'north-korea-russia-defense-pact'\}\]->\(t\)\s+SET r\.status = 'confirmed',\s+r\.phase = 'signed',\s+r\.validFrom = date\('2024-06-01'\),\s+r\.validFromPrecision = 'month'");
    }

    [GeneratedRegex(@"MERGE \(s\)-\[r:(?<type>[A-Z_]+) \{id: '(?<id>[a-z0-9-]+)'\}\]->\(t\)")]
    private static partial Regex TieMerge();

    [GeneratedRegex(@"MERGE \(a:Actor \{id: '([a-z0-9-]+)'\}\)")]
    private static partial Regex ActorMerge();

    [GeneratedRegex(@"\((?:s|t|by):Actor \{id: '([a-z0-9-]+)'\}\)")]
    private static partial Regex ActorMatch();

    [GeneratedRegex(@"r\.status = '([a-z-]+)'")]
    private static partial Regex StatusSet();

    [GeneratedRegex(@"r\.phase = '([a-z-]+)'")]
    private static partial Regex PhaseSet();

    [GeneratedRegex(@"e\.tieId = '([a-z0-9-]+)'")]
    private static partial Regex EvidenceTie();
}
