using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

public sealed class ActorImportTests(ImportApp app) : IClassFixture<ImportApp>
{
    private ImportClient Client => app.Client;

    [Fact]
    public async Task Apply_Actors_IdsFromNamesKindsRecodedAliasesSplitPropertiesTyped()
    {
        var mapping = new
        {
            target = "actors",
            actor = new
            {
                name = new { column = "Name" },
                kind = new { column = "Type", values = new Dictionary<string, string> { ["org"] = "organisation", ["country"] = "state" } },
                aliases = new { columns = new[] { "Also" }, separator = "|" },
                country = new { column = "ISO" },
                properties = new Dictionary<string, object> { ["cowCode"] = new { column = "COW" } },
            },
        };
        const string csv = "Name,Type,Also,ISO,COW\nRepublic of Testland,country,Testland|RT,TL,9991\nTest Alliance,org,,,\nTest Alliance,org,,,\nBad Kind,planet,,,\nBad Code,country,,,x1\n";
        var job = await Client.ImportAsync("actors.csv", csv, mapping, skipRejected: true);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        var rows = await Client.RowsAsync(job);
        rows.Select(r => r.Str("action")).ShouldBe(["create", "create", "duplicate", "reject", "reject"], ignoreOrder: true);
        rows.Single(r => r.Str("where") == "line 5").Items("reasons").Single().GetString()!.ShouldStartWith("'planet' is not an actor kind");
        rows.Single(r => r.Str("where") == "line 6").Items("reasons").Single().GetString().ShouldBe("'x1' is not a whole number for cowCode");

        var actor = await Client.Http.GetJsonAsync("/api/actors/republic-of-testland");
        actor.Str("name").ShouldBe("Republic of Testland");
        actor.Str("kind").ShouldBe("state");
        actor.Str("country").ShouldBe("TL");
        actor.Items("aliases").Select(a => a.GetString()).ShouldBe(["Testland", "RT"]);
        (await Client.QueryAsync("MATCH (a:Actor {id: 'republic-of-testland'}) RETURN a.cowCode AS code")).Single()["code"].ShouldBe(9991L);
        (await Client.Http.GetJsonAsync("/api/actors/test-alliance")).Str("kind").ShouldBe("organisation");

        var again = await Client.ImportAsync("actors.csv", csv, mapping, skipRejected: true);
        again.GetProperty("counts").GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("counts").GetProperty("noChanges").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Apply_ActorsWithExistingIds_UpdateOnlyTheMappedFields()
    {
        var mapping = new { target = "actors", actor = new { id = new { column = "id" }, name = new { column = "name" }, kind = new { @fixed = "state" } } };
        var job = await Client.ImportAsync("rename.csv", "id,name\nus-un-mission,United States Mission to the UN\n", mapping, skipRejected: true);
        var row = (await Client.RowsAsync(job)).Single();
        row.Str("action").ShouldBe("update");
        row.Items("changes").Select(c => c.GetString()).ShouldBe(
            ["name: United States mission to the United Nations → United States Mission to the UN", "kind: organisation → state"], ignoreOrder: true);
        var actor = await Client.Http.GetJsonAsync("/api/actors/us-un-mission");
        actor.Str("name").ShouldBe("United States Mission to the UN");
        actor.Str("country").ShouldBe("US");
        actor.Items("aliases").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task DryRun_ConflictingRowsForOneActor_AreRejected()
    {
        var mapping = new { target = "actors", actor = new { id = new { column = "id" }, name = new { column = "name" }, kind = new { @fixed = "person" } } };
        var job = await Client.ImportAsync("conflict.csv", "id,name\nsame-person,First Name\nsame-person,Other Name\n", mapping, dryRun: true);
        var rows = await Client.RowsAsync(job);
        rows.Single(r => r.Str("where") == "line 3").Items("reasons").Single().GetString()
            .ShouldBe("the same actor id 'same-person' as line 2, with other values: name: First Name → Other Name");
    }
}
