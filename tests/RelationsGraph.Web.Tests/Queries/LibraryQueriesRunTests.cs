using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Queries;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Queries;

/// <summary>Every library query runs against the seed graph through the API and answers what the seed report says.</summary>
[Collection(QueriesAppCollection.Name)]
public sealed class LibraryQueriesRunTests(QueriesApp app)
{
    /// <summary>The library queries this class checks; a new file in cypher/queries needs a test here.</summary>
    private static readonly string[] Covered =
    [
        "sanctioners-of-actor", "aid-one-sanction-other", "defense-pacts-as-of", "paths-between", "single-source-ties",
        "denied-ties", "changes-between", "mostly-unconfirmed", "alliance-members", "most-connected", "actor-ties",
        "ties-by-status", "ties-among-actors", "military-support-to", "known-on", "search-actors", "who-said-so",
        "threats-and-countermeasures",
    ];

    [Fact]
    public void Library_EveryFile_HasARunTest()
    {
        var library = QueryLibrary.Load(Path.Combine(RepoFiles.Cypher, "queries"));
        library.Queries.Count.ShouldBeGreaterThanOrEqualTo(15);
        library.Queries.Select(q => q.Id).ShouldBe(Covered, ignoreOrder: true);
    }

    [Fact]
    public async Task SanctionersOfActor_Russia_AreSouthKoreaAndTheUnitedStates()
    {
        var run = await app.Client.RunSavedAsync("sanctioners-of-actor");
        run.Strings("sender").ShouldBe(["South Korea", "United States"]);
        run.Strings("since").ShouldAllBe(s => s == "2022-01-01");
        Ids(run, "edges").ShouldBe(["south-korea-sanctions-russia", "united-states-sanctions-russia"], ignoreOrder: true);
        Ids(run, "nodes").ShouldBe(["south-korea", "united-states", "russia"], ignoreOrder: true);
    }

    [Fact]
    public async Task AidOneSanctionOther_UkraineAndRussia_IsSouthKoreaWithBothKindsOfAid()
    {
        var run = await app.Client.RunSavedAsync("aid-one-sanction-other");
        run.Strings("actor").ShouldBe(["South Korea"]);
        run.Column("aidKinds")[0].EnumerateArray().Select(k => k.GetString()).ShouldBe(["humanitarian", "financial"], ignoreOrder: true);
        var any = await app.Client.RunSavedAsync("aid-one-sanction-other", new { aided = (string?)null, sanctioned = (string?)null });
        any.RowCount().ShouldBe(1);
    }

    [Fact]
    public async Task DefensePactsAsOf_BeforeAndAfterJune2024_ShowsThePactOnlyOnceSigned()
    {
        var after = await app.Client.RunSavedAsync("defense-pacts-as-of");
        after.Strings("party").ShouldBe(["North Korea"]);
        after.Strings("otherParty").ShouldBe(["Russia"]);
        (await app.Client.RunSavedAsync("defense-pacts-as-of", new { asOf = "2024-06-15" })).RowCount().ShouldBe(1);
        (await app.Client.RunSavedAsync("defense-pacts-as-of", new { asOf = "2024-05-31" })).RowCount().ShouldBe(0);
    }

    [Fact]
    public async Task PathsBetween_SouthAndNorthKorea_ShortestFirstAndWithinTheLimit()
    {
        var run = await app.Client.RunSavedAsync("paths-between");
        var lengths = run.Column("ties").Select(t => t.GetInt32()).ToList();
        lengths.ShouldNotBeEmpty();
        lengths[0].ShouldBe(1);
        lengths.ShouldAllBe(l => l <= 3);
        lengths.ShouldBeInOrder();
        run.Column("path")[0].GetProperty("relationships")[0].GetProperty("type").GetString().ShouldBe("COUNTERMEASURES");
        Ids(run, "edges").ShouldContain("south-korea-countermeasures-north-korea");
        (await app.Client.RunSavedAsync("paths-between", new { maxLength = 1 })).RowCount().ShouldBe(1);
    }

    [Fact]
    public async Task SingleSourceTies_Seed_EveryTieWithEvidenceRestsOnOneSource()
    {
        var run = await app.Client.RunSavedAsync("single-source-ties");
        run.RowCount().ShouldBe(19);
        run.Strings("tieId").ShouldNotContain("kim-jong-un-leads-north-korea");
        var nato = run.Strings("tieId").IndexOf("united-states-member-of-nato");
        run.Strings("onlySource")[nato].ShouldBe("NATO member countries");
        var sanctions = await app.Client.RunSavedAsync("single-source-ties", new { tieType = "SANCTIONS" });
        sanctions.RowCount().ShouldBe(2);

        // Every seeded tie has one source, so the query must also be seen to leave out a tie with two.
        var backend = app.Factory.Services.GetRequiredService<IGraphBackend>();
        await backend.RunAsync(new QueryRequest(
            """
            MATCH (source:Source {id: 'nato-member-countries'})
            CREATE (:Evidence {id: 'ev-test-second-source', tieId: 'south-korea-sanctions-russia', stance: 'asserts'})-[:CITES]->(source)
            """,
            Mode: AccessMode.Write));
        try
        {
            var twoSources = await app.Client.RunSavedAsync("single-source-ties", new { tieType = "SANCTIONS" });
            twoSources.Strings("tieId").ShouldBe(["united-states-sanctions-russia"]);
            (await app.Client.RunSavedAsync("single-source-ties")).RowCount().ShouldBe(18);
        }
        finally
        {
            await backend.RunAsync(new QueryRequest("MATCH (e:Evidence {id: 'ev-test-second-source'}) DETACH DELETE e", Mode: AccessMode.Write));
        }

        (await app.Client.RunSavedAsync("single-source-ties")).RowCount().ShouldBe(19);
    }

    [Fact]
    public async Task DeniedTies_Seed_IsTheTroopTransferDeniedByRussiaAndTheDprkMission()
    {
        var run = await app.Client.RunSavedAsync("denied-ties");
        run.Strings("tieId").ShouldBe(["north-korea-troops-russia"]);
        Names(run.Column("deniedBy")[0]).ShouldBe(["Russia", "North Korean mission to the United Nations"], ignoreOrder: true);
        Names(run.Column("assertedBy")[0]).ShouldBe(["National Intelligence Service", "South Korea"], ignoreOrder: true);
    }

    [Fact]
    public async Task ChangesBetween_2024_StartsWithTheJuneDefensePact()
    {
        var run = await app.Client.RunSavedAsync("changes-between");
        run.Strings("day")[0].ShouldBe("2024-06-01");
        run.Strings("tieId")[0].ShouldBe("north-korea-russia-defense-pact");
        run.Strings("tieId").ShouldContain("north-korea-troops-russia");
        run.Strings("tieId").ShouldNotContain("russia-invades-ukraine");
        var in2022 = await app.Client.RunSavedAsync("changes-between", new { from = "2022-01-01", to = "2022-12-31" });
        in2022.Strings("tieId").ShouldContain("russia-invades-ukraine");
        in2022.Strings("tieId").ShouldNotContain("north-korea-russia-defense-pact");
    }

    [Fact]
    public async Task MostlyUnconfirmed_ByThreshold_NoneAboveHalfAndNorthKoreaAboveAQuarter()
    {
        (await app.Client.RunSavedAsync("mostly-unconfirmed")).RowCount().ShouldBe(0);
        var quarter = await app.Client.RunSavedAsync("mostly-unconfirmed", new { threshold = 25 });
        quarter.Strings("actor").ShouldBe(["North Korea"]);
        quarter.Column("unconfirmed")[0].GetInt32().ShouldBe(2);
        quarter.Column("ties")[0].GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task AllianceMembers_Nato_IsTheUnitedStatesWithNoOtherPacts()
    {
        var run = await app.Client.RunSavedAsync("alliance-members");
        run.Strings("member").ShouldBe(["United States"]);
        run.Column("otherPacts")[0].GetArrayLength().ShouldBe(0);
        Ids(run, "edges").ShouldBe(["united-states-member-of-nato"]);
    }

    [Fact]
    public async Task MostConnected_AllTypesAndSanctions_RanksByDegree()
    {
        var all = await app.Client.RunSavedAsync("most-connected");
        all.Strings("actor")[0].ShouldBe("South Korea");
        all.Column("degree")[0].GetInt32().ShouldBe(8);
        all.RowCount().ShouldBe(10);
        var sanctions = await app.Client.RunSavedAsync("most-connected", new { tieType = "SANCTIONS", limit = 5 });
        sanctions.Strings("actor").ShouldBe(["Russia", "South Korea", "United States"]);
        sanctions.Column("degree").Select(d => d.GetInt32()).ShouldBe([2, 1, 1]);
    }

    [Fact]
    public async Task ActorTies_NorthKorea_ByStatusAndDirection()
    {
        (await app.Client.RunSavedAsync("actor-ties")).RowCount().ShouldBe(6);
        (await app.Client.RunSavedAsync("actor-ties", new { status = "disputed" })).Strings("type").ShouldBe(["TROOP_TRANSFER"]);
        (await app.Client.RunSavedAsync("actor-ties", new { outgoingOnly = true })).Strings("type").ShouldBe(["DEFENSE_PACT", "TROOP_TRANSFER"]);
    }

    [Fact]
    public async Task TiesByStatus_Disputed_IsTheTroopTransfer()
    {
        var run = await app.Client.RunSavedAsync("ties-by-status");
        run.Strings("type").ShouldBe(["TROOP_TRANSFER"]);
        (await app.Client.RunSavedAsync("ties-by-status", new { status = "reported" })).RowCount().ShouldBe(2);
    }

    [Fact]
    public async Task TiesAmongActors_TheFourStates_AreTheirEightTies()
    {
        var run = await app.Client.RunSavedAsync("ties-among-actors");
        run.RowCount().ShouldBe(8);
        Ids(run, "nodes").ShouldBe(["russia", "north-korea", "south-korea", "ukraine"], ignoreOrder: true);
        (await app.Client.RunSavedAsync("ties-among-actors", new { actors = new[] { "united-states", "nato" } })).RowCount().ShouldBe(1);
    }

    [Fact]
    public async Task MilitarySupportTo_RussiaAndUkraine_TroopsFromNorthKoreaArmsFromSouthKorea()
    {
        var russia = await app.Client.RunSavedAsync("military-support-to");
        russia.Strings("sender").ShouldBe(["North Korea"]);
        russia.Strings("type").ShouldBe(["TROOP_TRANSFER"]);
        var ukraine = await app.Client.RunSavedAsync("military-support-to", new { recipient = "ukraine" });
        ukraine.Strings("type").ShouldBe(["ARMS_TRANSFER"]);
    }

    [Fact]
    public async Task KnownOn_July2024_IsWhatWasReportedBeforeTheTroopReports()
    {
        var run = await app.Client.RunSavedAsync("known-on");
        run.RowCount().ShouldBe(7);
        run.Strings("type").ShouldContain("DEFENSE_PACT");
        run.Strings("type").ShouldNotContain("TROOP_TRANSFER");
    }

    [Fact]
    public async Task SearchActors_Korea_FindsNamesAndAliases()
    {
        var run = await app.Client.RunSavedAsync("search-actors");
        run.Strings("actor").ShouldBe(
            ["National Intelligence Service", "National Security Council (South Korea)", "North Korea", "North Korean mission to the United Nations", "South Korea"]);
        run.Column("ties")[^1].GetInt32().ShouldBe(8);
    }

    [Fact]
    public async Task WhoSaidSo_Nis_AssertedTheTroopTransfer()
    {
        var nis = await app.Client.RunSavedAsync("who-said-so");
        nis.Strings("type").ShouldBe(["TROOP_TRANSFER"]);
        nis.Strings("stance").ShouldBe(["asserts"]);
        var alone = await app.Client.RunSavedAsync("who-said-so", new { actor = "south-korea", includeParts = false });
        var withParts = await app.Client.RunSavedAsync("who-said-so", new { actor = "south-korea" });
        withParts.RowCount().ShouldBeGreaterThan(alone.RowCount());
        withParts.Strings("voice").ShouldContain("National Intelligence Service");
    }

    [Fact]
    public async Task ThreatsAndCountermeasures_Seed_SeoulAgainstPyongyangAndMoscow()
    {
        var run = await app.Client.RunSavedAsync("threats-and-countermeasures");
        run.RowCount().ShouldBe(3);
        run.Strings("type").ShouldBe(["REGARDS_AS_THREAT", "REGARDS_AS_THREAT", "COUNTERMEASURES"], ignoreOrder: true);
        var towardsNorthKorea = run.Strings("towards").IndexOf("North Korea");
        Names(run.Column("alliesOfTarget")[towardsNorthKorea]).ShouldBe(["Russia"]);
    }

    private static List<string> Ids(JsonElement run, string group) => run.GetProperty("graph").Data(group).Select(d => d.Str("id")).ToList();

    private static List<string?> Names(JsonElement list) => list.EnumerateArray().Select(v => v.GetString()).ToList();
}
