using System.Text.Json;
using RelationsGraph.Core.Values;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>What a tie import does, row by row, on the seeded store: dry runs, applies, re-runs, updates, rejections.</summary>
public sealed class TieImportTests(ImportApp app) : IClassFixture<ImportApp>
{
    private ImportClient Client => app.Client;

    private static object Mapping(object? extra = null, string key = "") => new
    {
        target = "ties",
        source = key.Length == 0 ? null : new { id = key, title = "Test data " + key, publisher = "Tests", reliability = "B" },
        tie = new
        {
            type = new { column = "type" },
            from = new { column = "src" },
            to = new { column = "dst" },
            status = new { column = "status" },
            validFrom = new { column = "since" },
            validTo = new { column = "until" },
            properties = new Dictionary<string, object> { ["amount"] = new { column = "amount" } },
            summary = new { column = "note" },
        },
    };

    private static List<string> ActionsByLine(List<JsonElement> rows) =>
        rows.Where(r => r.Str("entity") == "tie").Select(r => $"{r.Str("where")}: {r.Str("action")}").ToList();

    [Fact]
    public async Task DryRun_MixedRows_SaysPerRowWhatWouldHappenAndWhyAndWritesNothing()
    {
        const string csv = """
            src,dst,type,status,since,until,amount,note
            south-korea,ukraine,AID,confirmed,2023,2024-06,1.5,ok
            south-korea,ukraine,AID,confirmed,2023,2024-06,1.5,ok
            south-korea,ukraine,AID,reported,2023,,2,conflicting duplicate
            russia,ukraine,AID,rumoured,2022,,,bad status
            russia,nowhere,SANCTIONS,confirmed,2022,,,missing actor
            russia,russia,SANCTIONS,confirmed,2022,,,self
            russia,ukraine,SANCTIONS,confirmed,2024-13,,,bad date
            russia,ukraine,ARMED_CONFLICT,confirmed,2022-02-24,2021,,backwards
            united-states,north-korea,SANCTIONS,confirmed,2017-08,,,"quoted, with comma"
            russia,ukraine,FRIEND_OF,confirmed,2022,,,unknown type
            russia,ukraine,SANCTIONS,confirmed,2022,,lots,amount on a sanctions tie
            south-korea,ukraine,AID,confirmed,2022,,much,bad amount
            """;
        var before = await Client.CountAsync("MATCH ()-[r]->() RETURN count(r) AS n");
        var job = await Client.ImportAsync("mixed.csv", csv, Mapping(), dryRun: true);
        job.Str("state").ShouldBe("succeeded");
        job.GetProperty("written").ValueKind.ShouldBe(JsonValueKind.Null);
        var rows = await Client.RowsAsync(job);
        ActionsByLine(rows).ShouldBe([
            "line 2: create", "line 3: duplicate", "line 4: reject", "line 5: reject", "line 6: reject", "line 7: reject",
            "line 8: reject", "line 9: reject", "line 10: create", "line 11: reject", "line 12: reject", "line 13: reject",
        ]);
        string Why(string line) => string.Join(" | ", rows.Single(r => r.Str("where") == line).Items("reasons").Select(r => r.GetString()));
        Why("line 3").ShouldBe("the same as line 2");
        Why("line 4").ShouldContain("as line 2, with other values: status: confirmed → reported");
        Why("line 5").ShouldContain("'rumoured' is not a status");
        Why("line 6").ShouldBe("no actor with id 'nowhere' for the target actor (column 'dst')");
        Why("line 7").ShouldBe("a tie from an actor to itself ('russia')");
        Why("line 8").ShouldBe("validFrom: the month 13 is not 1–12");
        Why("line 9").ShouldBe("validTo 2021 is before validFrom 2022-02-24");
        Why("line 11").ShouldContain("'FRIEND_OF' is not a tie type");
        Why("line 12").ShouldBe("'amount' is not a declared property of SANCTIONS ties");
        Why("line 13").ShouldBe("'much' is not a number for amount (use a point for decimals)");
        var counts = job.GetProperty("counts");
        counts.GetProperty("rows").GetInt32().ShouldBe(12);
        counts.GetProperty("create").GetInt32().ShouldBe(2);
        counts.GetProperty("duplicate").GetInt32().ShouldBe(1);
        counts.GetProperty("reject").GetInt32().ShouldBe(9);
        (await Client.CountAsync("MATCH ()-[r]->() RETURN count(r) AS n")).ShouldBe(before);
    }

    [Fact]
    public async Task Apply_CreatesTiesWithDatesPrecisionPropertiesAndEvidence_AndAgainChangesNothing()
    {
        const string csv = """
            src,dst,type,status,since,until,amount,note
            south-korea,ukraine,AID,confirmed,2023,2024-06,1.5,Aid in 2023
            united-states,north-korea,SANCTIONS,confirmed,2017-08-05,,,"Sanctions, since 2017"
            """;
        var job = await Client.ImportAsync("apply.csv", csv, Mapping(key: "apply-test"));
        job.Str("state").ShouldBe("succeeded", job.ToString());
        job.Str("sourceId").ShouldBe("apply-test");
        var counts = job.GetProperty("counts");
        counts.GetProperty("tiesCreated").GetInt32().ShouldBe(2);
        counts.GetProperty("evidenceCreated").GetInt32().ShouldBe(2);
        counts.GetProperty("sourcesCreated").GetInt32().ShouldBe(1);
        job.GetProperty("written").GetProperty("relationshipsCreated").GetInt32().ShouldBe(4);

        var aid = (await Client.QueryAsync(
            "MATCH (:Actor {id: 'south-korea'})-[r:AID]->(:Actor {id: 'ukraine'}) WHERE r.summary = 'Aid in 2023' RETURN properties(r) AS p")).Single()["p"] as IReadOnlyDictionary<string, object?>;
        aid!["validFrom"].ShouldBe(CypherDate.Of(2023, 1, 1));
        aid["validFromPrecision"].ShouldBe("year");
        aid["validTo"].ShouldBe(CypherDate.Of(2024, 6, 1));
        aid["validToPrecision"].ShouldBe("month");
        aid["amount"].ShouldBe(1.5);
        aid["status"].ShouldBe("confirmed");
        aid["recordedBy"].ShouldBe("analyst");
        aid["recordedAt"].ShouldBeOfType<CypherDate>();
        aid["id"].ShouldBeOfType<string>().ShouldStartWith("apply-test-aid-");

        var evidence = await Client.QueryAsync(
            "MATCH (e:Evidence {tieId: $id})-[:CITES]->(s:Source) RETURN e.stance AS stance, e.quote AS quote, s.id AS source, s.title AS title, s.importFile AS file, s.importedBy AS by",
            new { id = aid["id"] });
        evidence.Single()["source"].ShouldBe("apply-test");
        evidence.Single()["quote"].ShouldBe("apply.csv, line 2");
        evidence.Single()["stance"].ShouldBe("asserts");
        evidence.Single()["file"].ShouldBe("apply.csv");
        evidence.Single()["by"].ShouldBe("analyst");

        var tie = await Client.Http.GetJsonAsync($"/api/ties/{aid["id"]}");
        tie.GetProperty("evidence").EnumerateArray().Single().GetProperty("source").Str("title").ShouldBe("Test data apply-test");

        var again = await Client.ImportAsync("apply.csv", csv, Mapping(key: "apply-test"));
        again.GetProperty("counts").GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("counts").GetProperty("noChanges").GetBoolean().ShouldBeTrue();
        var written = again.GetProperty("written");
        (written.GetProperty("nodesCreated").GetInt32() + written.GetProperty("relationshipsCreated").GetInt32() + written.GetProperty("propertiesSet").GetInt32()).ShouldBe(0);
        (await Client.CountAsync("MATCH (e:Evidence {tieId: $id}) RETURN count(e) AS n", new { id = aid["id"] })).ShouldBe(1);
    }

    [Fact]
    public async Task Apply_ChangedValues_UpdateTheSameTieAndListTheChanges()
    {
        const string first = "src,dst,type,status,since,until,amount,note\nsouth-korea,north-korea,CRITICISES,reported,2024,,,first\n";
        const string second = "src,dst,type,status,since,until,amount,note\nsouth-korea,north-korea,CRITICISES,confirmed,2024,2025,,second\n";
        (await Client.ImportAsync("u.csv", first, Mapping(key: "update-test"))).Str("state").ShouldBe("succeeded");
        var dry = await Client.ImportAsync("u.csv", second, Mapping(key: "update-test"), dryRun: true);
        var row = (await Client.RowsAsync(dry)).Single(r => r.Str("entity") == "tie");
        row.Str("action").ShouldBe("update");
        row.Items("changes").Select(c => c.GetString()).ShouldBe(
            ["status: reported → confirmed", "validTo: (none) → 2025-01-01", "validToPrecision: (none) → year", "summary: first → second"], ignoreOrder: true);
        var applied = await Client.ImportAsync("u.csv", second, Mapping(key: "update-test"));
        applied.GetProperty("counts").GetProperty("tiesUpdated").GetInt32().ShouldBe(1);
        var ties = await Client.QueryAsync("MATCH (:Actor {id: 'south-korea'})-[r:CRITICISES]->(:Actor {id: 'north-korea'}) WHERE r.id STARTS WITH 'update-test' RETURN r.id AS id, r.status AS status, r.summary AS summary, r.version AS version");
        ties.Single()["status"].ShouldBe("confirmed");
        ties.Single()["summary"].ShouldBe("second");
        ties.Single()["version"].ShouldBe(2L, "created at version 1, one update");

        // As an edit would, the update leaves its trace in the tie's history.
        var history = await Client.Http.GetJsonAsync($"/api/ties/{ties.Single()["id"]}/history");
        var change = history.Items("changes").Single(c => c.Str("field") == "status");
        change.Str("by").ShouldBe("analyst");
        change.GetProperty("version").GetInt64().ShouldBe(2);
        change.GetProperty("from").GetString().ShouldBe("reported");
        change.GetProperty("to").GetString().ShouldBe("confirmed");
    }

    [Fact]
    public async Task Apply_WithRejectedRows_ImportsNothingUnlessToldToSkipThem()
    {
        const string csv = "src,dst,type,status,since,until,amount,note\nnis,russia,REGARDS_AS_THREAT,confirmed,2024,,,good\nnis,mars,REGARDS_AS_THREAT,confirmed,2024,,,bad\n";
        var refused = await Client.ImportAsync("r.csv", csv, Mapping(key: "reject-test"));
        refused.Str("state").ShouldBe("failed");
        refused.GetProperty("error").Str("code").ShouldBe("Neo.ClientError.Request.Invalid");
        refused.GetProperty("error").Str("message").ShouldStartWith("1 of 2 rows are rejected, so nothing was imported");
        refused.GetProperty("counts").GetProperty("reject").GetInt32().ShouldBe(1);
        (await Client.RowsAsync(refused, "reject")).Single().Str("where").ShouldBe("line 3");
        (await Client.CountAsync("MATCH ()-[r:REGARDS_AS_THREAT]->() WHERE r.id STARTS WITH 'reject-test' RETURN count(r) AS n")).ShouldBe(0);
        (await Client.CountAsync("MATCH (s:Source {id: 'reject-test'}) RETURN count(s) AS n")).ShouldBe(0);

        var skipped = await Client.ImportAsync("r.csv", csv, Mapping(key: "reject-test"), skipRejected: true);
        skipped.Str("state").ShouldBe("succeeded");
        (await Client.CountAsync("MATCH ()-[r:REGARDS_AS_THREAT]->() WHERE r.id STARTS WITH 'reject-test' RETURN count(r) AS n")).ShouldBe(1);
    }

    [Fact]
    public async Task Apply_TieWhoseEndsChanged_IsRejected()
    {
        var mapping = new
        {
            target = "ties",
            tie = new { id = new { column = "id" }, type = new { @fixed = "LEADS" }, from = new { column = "src" }, to = new { column = "dst" }, status = new { @fixed = "confirmed" } },
        };
        (await Client.ImportAsync("ends.csv", "id,src,dst\nends-test,kim-jong-un,north-korea\n", mapping)).Str("state").ShouldBe("succeeded");
        var moved = await Client.ImportAsync("ends.csv", "id,src,dst\nends-test,kim-yo-jong,north-korea\n", mapping, dryRun: true);
        var row = (await Client.RowsAsync(moved)).Single();
        row.Str("action").ShouldBe("reject");
        row.Items("reasons").Single().GetString().ShouldBe("the tie 'ends-test' already joins 'kim-jong-un' to 'north-korea'; this row says 'kim-yo-jong' to 'north-korea' (a tie's ends do not change; give it another id)");
        var other = await Client.ImportAsync("ends.csv", "id,src,dst\nsouth-korea-sanctions-russia,kim-jong-un,north-korea\n", mapping, dryRun: true);
        (await Client.RowsAsync(other)).Single().Items("reasons").Single().GetString().ShouldBe("the tie id 'south-korea-sanctions-russia' is already used by a SANCTIONS tie");
    }

    [Fact]
    public async Task Apply_FailureHalfWay_RollsEverythingBack()
    {
        using var factory = new ExplorerFactory(null, services: services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(RelationsGraph.Core.Backend.IGraphBackend));
            services.Remove(real);
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<RelationsGraph.Core.Backend.IGraphBackend>(
                services, sp => new FailingWritesBackend((RelationsGraph.Core.Backend.IGraphBackend)real.ImplementationFactory!(sp), "CREATE (e:Evidence)"));
        });
        var client = await ImportClient.CreateAsync(factory);
        var before = await client.CountAsync("MATCH (n) RETURN count(n) AS n");
        var job = await client.ImportAsync("fail.csv", "src,dst,type,status,since,until,amount,note\nrussia,ukraine,SANCTIONS,reported,2022,,,x\n", Mapping(key: "fail-test"));
        job.Str("state").ShouldBe("failed");
        job.GetProperty("error").Str("message").ShouldBe("Simulated store failure.");
        (await client.CountAsync("MATCH (n) RETURN count(n) AS n")).ShouldBe(before);
        (await client.CountAsync("MATCH ()-[r]->() WHERE r.id STARTS WITH 'fail-test' RETURN count(r) AS n")).ShouldBe(0);
    }

    [Fact]
    public async Task Apply_FileWithBomCrLfAndQuotedLineBreaks_KeepsTheTextExactly()
    {
        var text = "\uFEFFsrc,dst,type,status,since,until,amount,note\r\nrussia,north-korea,TROOP_TRANSFER,alleged,2024-10,,,\"Line one, with comma\r\nline \"\"two\"\"\"\r\n";
        var upload = await Client.UploadAsync("bom.csv", text);
        upload.GetProperty("byteOrderMark").GetBoolean().ShouldBeTrue();
        upload.Str("lineEnding").ShouldBe("CRLF");
        var job = await Client.RunAsync(upload.Str("id"), Mapping(key: "bom-test"), dryRun: false);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        var summary = (await Client.QueryAsync("MATCH ()-[r:TROOP_TRANSFER]->() WHERE r.id STARTS WITH 'bom-test' RETURN r.summary AS s")).Single()["s"];
        summary.ShouldBe("Line one, with comma\r\nline \"two\"");
    }

    [Fact]
    public async Task Apply_PartialDatesFromSeparateColumns_WithMissingMarkers()
    {
        var mapping = new
        {
            target = "ties",
            tie = new
            {
                type = new { @fixed = "MEMBER_OF" },
                from = new { column = "member" },
                to = new { @fixed = "nato" },
                key = new[] { "member", "y" },
                status = new { @fixed = "confirmed" },
                phase = new { @fixed = "in-force" },
                phaseWhenEnded = "ended",
                validFrom = new { year = "y", month = "m", day = "d", missing = new[] { "0", "-9" } },
                validTo = new { year = "ey", missing = new[] { "0" } },
            },
        };
        const string csv = "member,y,m,d,ey\nukraine,2008,4,0,0\nsouth-korea,2010,-9,0,2012\n";
        var job = await Client.ImportAsync("dates.csv", csv, mapping);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        var ties = (await Client.QueryAsync(
            "MATCH (a:Actor)-[r:MEMBER_OF]->(:Actor {id: 'nato'}) WHERE a.id IN ['ukraine', 'south-korea'] RETURN a.id AS a, toString(r.validFrom) AS f, r.validFromPrecision AS fp, toString(r.validTo) AS t, r.validToPrecision AS tp, r.phase AS phase"))
            .ToDictionary(r => (string)r["a"]!);
        ties["ukraine"]["f"].ShouldBe("2008-04-01");
        ties["ukraine"]["fp"].ShouldBe("month");
        ties["ukraine"]["t"].ShouldBeNull();
        ties["ukraine"]["phase"].ShouldBe("in-force");
        ties["south-korea"]["fp"].ShouldBe("year");
        ties["south-korea"]["t"].ShouldBe("2012-01-01");
        ties["south-korea"]["phase"].ShouldBe("ended");
    }

    [Fact]
    public async Task Apply_MatchByNameAliasTableAndCreation_FindsOrMakesTheActors()
    {
        var actors = new
        {
            target = "actors",
            actor = new { id = new { column = "id" }, name = new { column = "name" }, kind = new { @fixed = "state" }, aliases = new { columns = new[] { "aliases" }, separator = ";" } },
        };
        (await Client.ImportAsync("twins.csv", "id,name,aliases\ntwin-a,Alpha Land,Twin;AL\ntwin-b,Beta Land,Twin\n", actors)).Str("state").ShouldBe("succeeded");
        var mapping = new
        {
            target = "ties",
            source = new { id = "match-test" },
            tie = new
            {
                type = new { @fixed = "CRITICISES" },
                from = new
                {
                    column = "who",
                    match = "alias",
                    aliases = new object[] { new { key = "ROK", id = "south-korea" }, new { key = "Nova", id = "nova-land", name = "Nova Land", kind = "state" } },
                },
                to = new { column = "whom", match = "name", create = new { kind = "organisation", name = "{whom} (new)" } },
                status = new { @fixed = "reported" },
            },
        };
        const string csv = "who,whom\nrok,Moscow\nMoscow,twin\nNova,AL\nKyiv,Brand New Org\nnobody,Kyiv\n";
        var job = await Client.ImportAsync("match.csv", csv, mapping, skipRejected: true);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        var rows = await Client.RowsAsync(job);
        var ties = rows.Where(r => r.Str("entity") == "tie").ToDictionary(r => r.Str("where"));
        ties["line 2"].Str("from").ShouldBe("south-korea");
        ties["line 2"].Str("to").ShouldBe("russia");
        ties["line 3"].Str("action").ShouldBe("reject");
        ties["line 3"].Items("reasons").Single().GetString()!.ShouldContain("ambiguous: it is the name or an alias of 2 actors (twin-a, twin-b)");
        ties["line 4"].Str("from").ShouldBe("nova-land");
        ties["line 4"].Str("to").ShouldBe("twin-a");
        ties["line 5"].Str("to").ShouldBe("brand-new-org");
        ties["line 6"].Items("reasons").Single().GetString()!.ShouldContain("no actor named 'nobody'");
        rows.Where(r => r.Str("entity") == "actor").Select(r => r.Str("id")).ShouldBe(["nova-land", "brand-new-org"], ignoreOrder: true);
        var created = (await Client.QueryAsync("MATCH (a:Actor) WHERE a.id IN ['nova-land', 'brand-new-org'] RETURN a.id AS id, a.name AS name, a.kind AS kind")).ToDictionary(r => (string)r["id"]!);
        created["nova-land"]["name"].ShouldBe("Nova Land");
        created["brand-new-org"]["name"].ShouldBe("Brand New Org (new)");
        created["brand-new-org"]["kind"].ShouldBe("organisation");
    }

    [Fact]
    public async Task Apply_NumericCodes_MatchWhateverWayTheFileWritesThem()
    {
        var actors = new { target = "actors", actor = new { id = new { column = "code", prefix = "code-", numeric = true }, name = new { column = "name" }, kind = new { @fixed = "state" } } };
        (await Client.ImportAsync("codes.csv", "code,name\n0042,Code Land\n43.0,Other Land\n", actors)).Str("state").ShouldBe("succeeded");
        (await Client.CountAsync("MATCH (a:Actor) WHERE a.id IN ['code-42', 'code-43'] RETURN count(a) AS n")).ShouldBe(2);
        var ties = new
        {
            target = "ties",
            tie = new { type = new { @fixed = "SANCTIONS" }, from = new { column = "a", prefix = "code-", numeric = true }, to = new { column = "b", prefix = "code-", numeric = true }, status = new { @fixed = "confirmed" } },
        };
        var job = await Client.ImportAsync("codeties.csv", "a,b\n42,043\n42.0,x\n", ties, dryRun: true);
        var rows = await Client.RowsAsync(job);
        rows[0].Str("action").ShouldBe("create");
        rows[0].Str("to").ShouldBe("code-43");
        rows.Single(r => r.Str("where") == "line 3").Items("reasons").Single().GetString().ShouldBe("the target actor 'x' is not a whole number");
    }

    [Fact]
    public async Task Apply_PairedRows_TieEveryTwoForTheirOverlap()
    {
        var mapping = new
        {
            target = "ties",
            source = new { id = "pair-test" },
            tie = new
            {
                type = new { @fixed = "DEFENSE_PACT" },
                from = new { column = "member" },
                pairWithin = new[] { "pact" },
                status = new { @fixed = "confirmed" },
                phase = new { @fixed = "in-force" },
                phaseWhenEnded = "ended",
                validFrom = new { column = "from" },
                validTo = new { column = "to" },
            },
        };
        const string csv = "pact,member,from,to\np1,ukraine,2000,2010\np1,south-korea,2005,\np1,united-states,2011,2012\np2,ukraine,2001,\n";
        var job = await Client.ImportAsync("pairs.csv", csv, mapping);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        var rows = await Client.RowsAsync(job);
        rows.Select(r => (r.Str("where"), r.Str("action"))).ShouldBe(
            [("lines 2 and 3", "create"), ("lines 2 and 4", "skip"), ("lines 3 and 4", "create")], ignoreOrder: true);
        rows.Single(r => r.Str("action") == "skip").Items("reasons").Single().GetString().ShouldBe("their periods do not overlap (2000–2010 and 2011–2012)");
        var pacts = (await Client.QueryAsync(
            "MATCH (a:Actor)-[r:DEFENSE_PACT]->(b:Actor) WHERE r.id STARTS WITH 'pair-test' RETURN a.id AS a, b.id AS b, toString(r.validFrom) AS f, toString(r.validTo) AS t, r.phase AS phase ORDER BY a"))
            .ToList();
        pacts.Count.ShouldBe(2);
        pacts[0]["a"].ShouldBe("south-korea");
        pacts[0]["b"].ShouldBe("ukraine");
        pacts[0]["f"].ShouldBe("2005-01-01");
        pacts[0]["t"].ShouldBe("2010-01-01");
        pacts[0]["phase"].ShouldBe("ended");
        pacts[1]["a"].ShouldBe("south-korea");
        pacts[1]["b"].ShouldBe("united-states");
        pacts[1]["f"].ShouldBe("2011-01-01");
    }

    [Fact]
    public async Task Apply_RowsWithTheWrongNumberOfFields_AreRejectedSayingSo()
    {
        var job = await Client.ImportAsync("short.csv", "src,dst,type,status,since,until,amount,note\nrussia,ukraine\n", Mapping(), dryRun: true);
        (await Client.RowsAsync(job)).Single().Items("reasons").Single().GetString().ShouldBe("the row has 2 fields; the header has 8");
    }

    [Fact]
    public async Task Apply_JsonRowsWithAMapping_ReadLikeCsv()
    {
        const string json = """[ { "src": "ukraine", "dst": "russia", "type": "CRITICISES", "status": "confirmed", "since": 2022, "until": null, "amount": null, "note": "from JSON" } ]""";
        var job = await Client.ImportAsync("rows.json", json, Mapping(key: "json-rows-test"));
        job.Str("state").ShouldBe("succeeded", job.ToString());
        (await Client.RowsAsync(job)).Single().Str("where").ShouldBe("record 1");
        (await Client.CountAsync("MATCH (:Actor {id: 'ukraine'})-[r:CRITICISES]->(:Actor {id: 'russia'}) WHERE r.id STARTS WITH 'json-rows-test' AND r.validFromPrecision = 'year' RETURN count(r) AS n")).ShouldBe(1);
    }

    [Fact]
    public async Task Apply_Filter_LeavesRowsOutAndCountsThem()
    {
        var mapping = new
        {
            target = "ties",
            filter = new[] { new { column = "keep", @in = new[] { "1" } } },
            tie = new { type = new { @fixed = "CRITICISES" }, from = new { column = "src" }, to = new { column = "dst" }, status = new { @fixed = "reported" } },
        };
        var job = await Client.ImportAsync("filter.csv", "src,dst,keep\nkim-yo-jong,ukraine,1\nkim-yo-jong,nowhere,0\n", mapping, dryRun: true);
        job.GetProperty("counts").GetProperty("filtered").GetInt32().ShouldBe(1);
        job.GetProperty("counts").GetProperty("reject").GetInt32().ShouldBe(0);
    }
}
