using System.Text.Json;
using RelationsGraph.Core.Values;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>
/// Imports the real data sets with the repository's presets, in the order an analyst would (COW states, the COW
/// code list, ATOP members, ATOP defense pacts, Kiel aid), then each again. The expected figures were computed
/// from the CSV files with a separate script (Python csv module), not read off the importer.
/// </summary>
public sealed class RealDataImports : IAsyncLifetime
{
    public ExplorerFactory Factory { get; } = new();

    public ImportClient Client { get; private set; } = null!;

    public Dictionary<string, JsonElement> First { get; } = [];

    public Dictionary<string, JsonElement> Again { get; } = [];

    public async Task InitializeAsync()
    {
        Client = await ImportClient.CreateAsync(Factory);
        if (RealData.Folder is null)
        {
            return;
        }

        (string Preset, string File)[] runs =
        [
            ("cow-states", "cow-states-v2016/states2016.csv"),
            ("cow-country-codes", "cow-states-v2016/COW-country-codes.csv"),
            ("atop-members", "atop-v4.01/atop-member-level.csv"),
            ("atop-defense-pacts", "atop-v4.01/atop-member-level.csv"),
            ("kiel-aid", "kiel-ukraine-support-tracker/data_explorer.csv"),
        ];
        foreach (var pass in new[] { First, Again })
        {
            foreach (var (preset, file) in runs)
            {
                var upload = await Client.UploadAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(RealData.File(file)));
                pass[preset] = await Client.RunAsync(upload.Str("id"), preset: preset, dryRun: false, skipRejected: true);
            }
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class RealDataImportTests(RealDataImports data) : IClassFixture<RealDataImports>
{
    private ImportClient Client => data.Client;

    private static int Count(JsonElement job, string name) => job.GetProperty("counts").GetProperty(name).GetInt32();

    [RealDataFact]
    public async Task CowStates_GiveOneActorPerStateKeyedByItsCode()
    {
        var job = data.First["cow-states"];
        job.Str("state").ShouldBe("succeeded", job.ToString());
        Count(job, "rows").ShouldBe(243);
        Count(job, "create").ShouldBe(217);
        Count(job, "duplicate").ShouldBe(26);
        (await Client.CountAsync("MATCH (a:Actor) WHERE a.id STARTS WITH 'cow-' RETURN count(a) AS n")).ShouldBe(217);
        var usa = (await Client.QueryAsync("MATCH (a:Actor {id: 'cow-2'}) RETURN a.name AS name, a.kind AS kind, a.aliases AS aliases, a.cowCode AS code")).Single();
        usa["name"].ShouldBe("United States of America");
        usa["kind"].ShouldBe("state");
        usa["code"].ShouldBe(2L);
        ((IEnumerable<object?>)usa["aliases"]!).ShouldBe(["USA"]);
        (await Client.QueryAsync("MATCH (a:Actor {cowCode: 365}) RETURN a.name AS name")).Single()["name"].ShouldBe("Russia");
    }

    [RealDataFact]
    public void CowCountryCodes_CrOnlyFileWithRepeatedRows_MatchesTheStatesExactly()
    {
        var job = data.First["cow-country-codes"];
        job.Str("state").ShouldBe("succeeded", job.ToString());
        Count(job, "rows").ShouldBe(243);
        Count(job, "unchanged").ShouldBe(217);
        Count(job, "duplicate").ShouldBe(26);
        Count(job, "actorsCreated").ShouldBe(0);
        Count(job, "actorsUpdated").ShouldBe(0);
    }

    [RealDataFact]
    public async Task AtopMembers_GiveMembershipTiesWithDatesAndRejectTheOneNonStateMember()
    {
        var job = data.First["atop-members"];
        job.Str("state").ShouldBe("succeeded", job.ToString());
        Count(job, "rows").ShouldBe(2398);
        Count(job, "create").ShouldBe(2397);
        Count(job, "reject").ShouldBe(1);
        Count(job, "actorsCreated").ShouldBe(745);
        var rejected = (await Client.RowsAsync(job, "reject")).Single();
        rejected.Str("where").ShouldBe("line 203");
        rejected.Items("reasons").Single().GetString().ShouldBe("no actor with id 'cow-8152' for the source actor (column 'member')");

        (await Client.CountAsync("MATCH (:Actor)-[r:MEMBER_OF]->(:Actor {id: 'atop-3180'}) RETURN count(r) AS n")).ShouldBe(42);
        (await Client.CountAsync("MATCH (m:Actor)-[r:MEMBER_OF]->(:Actor {id: 'atop-3180'}) RETURN count(DISTINCT m) AS n")).ShouldBe(30);
        (await Client.CountAsync("MATCH (m:Actor)-[r:MEMBER_OF]->(:Actor {id: 'atop-3180'}) WHERE r.validTo IS NULL RETURN count(DISTINCT m) AS n")).ShouldBe(29);

        var germany = (await Client.QueryAsync(
            "MATCH (:Actor {id: 'cow-255'})-[r:MEMBER_OF]->(a:Actor {id: 'atop-1350'}) WHERE r.agreementPhase = 1 RETURN properties(r) AS p, a.name AS alliance, a.kind AS kind")).Single();
        var p = (IReadOnlyDictionary<string, object?>)germany["p"]!;
        p["validFrom"].ShouldBe(CypherDate.Of(1882, 5, 20));
        p["validFromPrecision"].ShouldBe("day");
        p["validTo"].ShouldBe(CypherDate.Of(1887, 2, 20));
        p["phase"].ShouldBe("ended");
        p["agreement"].ShouldBe("ATOP 1350");
        p["status"].ShouldBe("confirmed");
        germany["alliance"].ShouldBe("ATOP alliance 1350");
        germany["kind"].ShouldBe("organisation");
        (await Client.CountAsync("MATCH (e:Evidence)-[:CITES]->(:Source {id: 'atop-v4-01'}) MATCH ()-[r:MEMBER_OF {id: e.tieId}]->() RETURN count(e) AS n")).ShouldBe(2397);
    }

    [RealDataFact]
    public async Task AtopDefensePacts_PairEveryTwoDefensiveMembersForTheirOverlap()
    {
        var job = data.First["atop-defense-pacts"];
        job.Str("state").ShouldBe("succeeded", job.ToString());
        Count(job, "filtered").ShouldBe(1404);
        Count(job, "create").ShouldBe(4470);
        Count(job, "skip").ShouldBe(34);
        Count(job, "reject").ShouldBe(0);
        (await Client.CountAsync("MATCH (:Actor)-[r:DEFENSE_PACT]->(:Actor) WHERE r.agreement STARTS WITH 'ATOP ' RETURN count(r) AS n")).ShouldBe(4470);

        var nato = await Client.QueryAsync(
            "MATCH (:Actor {id: 'cow-2'})-[r:DEFENSE_PACT {agreement: 'ATOP 3180'}]-(:Actor {id: 'cow-200'}) RETURN toString(r.validFrom) AS f, toString(r.validTo) AS t, r.phase AS phase ORDER BY f");
        nato.Select(r => (r["f"], r["t"], r["phase"])).ShouldBe([("1949-04-04", "1951-06-19", "ended"), ("1951-06-19", (object?)null, "in-force")]);
        var triple = await Client.QueryAsync(
            "MATCH (a:Actor)-[r:DEFENSE_PACT {agreement: 'ATOP 1350', agreementPhase: 1}]->(b:Actor) RETURN a.id + '/' + b.id AS pair ORDER BY pair");
        triple.Select(r => r["pair"]).ShouldBe(["cow-255/cow-300", "cow-255/cow-325", "cow-300/cow-325"]);
    }

    [RealDataFact]
    public async Task KielAid_GivesMonthlyAidTiesWithAmountsPerDonor()
    {
        var job = data.First["kiel-aid"];
        job.Str("state").ShouldBe("succeeded", job.ToString());
        Count(job, "rows").ShouldBe(1079);
        Count(job, "filtered").ShouldBe(40);
        Count(job, "create").ShouldBe(1039);
        Count(job, "actorsCreated").ShouldBe(1, "the EU institutions; Ukraine and the donors are COW states already");
        (await Client.CountAsync("MATCH (:Actor)-[r:AID]->(:Actor {id: 'cow-369'}) WHERE r.currency = 'EUR' RETURN count(r) AS n")).ShouldBe(1039);
        var germany = (await Client.QueryAsync("MATCH (:Actor {id: 'cow-255'})-[r:AID]->(:Actor {id: 'cow-369'}) RETURN count(r) AS n, sum(r.amount) AS total, sum(r.amountMilitary) AS military")).Single();
        germany["n"].ShouldBe(46L);
        ((double)germany["total"]!).ShouldBe(29.927507, 1e-9);
        ((double)germany["military"]!).ShouldBe(24.214109, 1e-9);
        var eu = (await Client.QueryAsync("MATCH (a:Actor {id: 'european-union'})-[r:AID]->() RETURN a.kind AS kind, count(r) AS n")).Single();
        eu["kind"].ShouldBe("organisation");
        eu["n"].ShouldBe(43L);
        var usa = (await Client.QueryAsync(
            "MATCH (:Actor {id: 'cow-2'})-[r:AID]->(:Actor {id: 'cow-369'}) WHERE r.validFrom = date('2022-02-01') RETURN properties(r) AS p")).Single();
        var p = (IReadOnlyDictionary<string, object?>)usa["p"]!;
        p["amount"].ShouldBe(0.356201);
        p["amountMilitary"].ShouldBe(0.30859);
        p["validFromPrecision"].ShouldBe("month");
        p["amountUnit"].ShouldBe("billion");
        (await Client.QueryAsync("MATCH (s:Source {id: 'kiel-ust-r29'}) RETURN s.publisher AS p")).Single()["p"].ShouldBe("Kiel Institute for the World Economy (IfW Kiel)");
    }

    [RealDataFact]
    public void EveryPreset_ImportedAgain_ChangesNothing()
    {
        foreach (var (preset, job) in data.Again)
        {
            job.Str("state").ShouldBe("succeeded", preset);
            job.GetProperty("counts").GetProperty("noChanges").GetBoolean().ShouldBeTrue($"{preset}: {job}");
            Count(job, "create").ShouldBe(0, preset);
            Count(job, "update").ShouldBe(0, preset);
        }
    }
}

public sealed class KielAloneTests
{
    [RealDataFact]
    public async Task KielAid_IntoAStoreWithoutCow_CreatesTheDonorsFromTheAliasTable()
    {
        using var factory = new ExplorerFactory();
        var client = await ImportClient.CreateAsync(factory);
        var upload = await client.UploadAsync("data_explorer.csv", await File.ReadAllBytesAsync(RealData.File("kiel-ukraine-support-tracker/data_explorer.csv")));
        var job = await client.RunAsync(upload.Str("id"), preset: "kiel-aid", dryRun: false);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        job.GetProperty("counts").GetProperty("create").GetInt32().ShouldBe(1039);
        // 42 donors (41 states and the EU institutions) and Ukraine.
        job.GetProperty("counts").GetProperty("actorsCreated").GetInt32().ShouldBe(43);
        var germany = (await client.QueryAsync("MATCH (a:Actor {id: 'cow-255'}) RETURN a.name AS name, a.kind AS kind")).Single();
        germany["name"].ShouldBe("Germany");
        germany["kind"].ShouldBe("state");
        (await client.QueryAsync("MATCH (a:Actor {id: 'cow-369'}) RETURN a.name AS name")).Single()["name"].ShouldBe("Ukraine");
    }
}
