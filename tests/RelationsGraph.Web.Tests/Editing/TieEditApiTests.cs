using System.Net;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

public sealed class TieEditApiTests(EditingApp app) : IClassFixture<EditingApp>
{
    private const string Invalid = "RelationsGraph.Edit.Invalid";
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly HttpMethod Put = HttpMethod.Put;
    private static readonly HttpMethod Delete = HttpMethod.Delete;

    private HttpClient Client => app.Client;

    [Fact]
    public async Task Create_TieWithEvidence_StoresBothWithTheSeedsDateConventions()
    {
        var (a, b) = await PairAsync();
        var id = EditingApp.NewId("tie");
        var (status, tie, response) = await Client.SendAsync(Post, "/api/ties", new
        {
            id, type = "TROOP_TRANSFER", source = a, target = b, status = "alleged", phase = "announced",
            validFrom = "2024-10", validTo = "2025", reportedOn = "2024-10-18", confidence = 55, summary = "Troops reported.",
            evidence = new[] { new { sourceId = "seed-report", stance = "asserts", quote = "troops were sent", by = "nis", accessed = "2024-10" } },
        });
        using (response)
        {
            status.ShouldBe(HttpStatusCode.Created, tie.GetRawText());
            response.Headers.Location!.ToString().ShouldBe($"/api/ties/{id}");
        }

        tie.Str("validFrom").ShouldBe("2024-10-01");
        tie.Str("validFromPrecision").ShouldBe("month");
        tie.Str("validTo").ShouldBe("2025-01-01");
        tie.Str("validToPrecision").ShouldBe("year");
        tie.Str("reportedOn").ShouldBe("2024-10-18");
        tie.Str("reportedOnPrecision").ShouldBe("day");
        tie.GetProperty("version").GetInt64().ShouldBe(1);
        tie.Str("recordedBy").ShouldBe("analyst");

        var details = await Client.GetJsonAsync($"/api/ties/{id}");
        details.GetProperty("tie").Str("type").ShouldBe("TROOP_TRANSFER");
        details.GetProperty("tie").GetProperty("version").GetInt64().ShouldBe(1);
        var evidence = details.Items("evidence").ShouldHaveSingleItem();
        evidence.Str("stance").ShouldBe("asserts");
        evidence.GetProperty("by").Str("id").ShouldBe("nis");
        evidence.GetProperty("source").Str("id").ShouldBe("seed-report");
        evidence.Str("accessed").ShouldBe("2024-10-01");

        // The stored values are real dates that compare with date() on the store, as the seed's are.
        var inForce = await EditingStore.CountAsync(app, "MATCH ()-[r]->() WHERE r.id = $id AND r.validFrom <= date('2024-12-31') AND r.validTo >= date('2025-01-01') RETURN count(r)", ("id", id));
        inForce.ShouldBe(1);
    }

    [Fact]
    public async Task Create_TieWithEvidence_ShowsInTheExplorerGraph()
    {
        var (a, b) = await PairAsync();
        var tie = await Client.SendOkAsync(Post, "/api/ties", new
        {
            type = "SANCTIONS", source = a, target = b, status = "confirmed",
            evidence = new[] { new { sourceId = "seed-report", stance = "denies", by = "russia" } },
        }, HttpStatusCode.Created);
        var graph = await Client.GetJsonAsync($"/api/graph/neighbourhood?actor={a}&depth=1");
        var edge = graph.Data("edges").Single(e => e.Str("id") == tie.Str("id"));
        edge.Str("target").ShouldBe(b);
        edge.GetProperty("deniedBy").EnumerateArray().Select(x => x.GetString()).ShouldBe(["Russia"]);
    }

    [Fact]
    public async Task Create_WithoutId_MakesOneFromTheEndsAndType()
    {
        var (a, b) = await PairAsync();
        var first = await Client.SendOkAsync(Post, "/api/ties", new { type = "ARMS_TRANSFER", source = a, target = b, status = "reported" }, HttpStatusCode.Created);
        var second = await Client.SendOkAsync(Post, "/api/ties", new { type = "ARMS_TRANSFER", source = a, target = b, status = "reported" }, HttpStatusCode.Created);
        first.Str("id").ShouldBe($"{a}-arms-transfer-{b}");
        second.Str("id").ShouldBe($"{a}-arms-transfer-{b}-2");
    }

    [Fact]
    public async Task Create_RecordsTheFirstJudgementInTheHistory()
    {
        var (a, b) = await PairAsync();
        var tie = await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported", phase = "considered", confidence = 30 }, HttpStatusCode.Created);
        var history = await Client.GetJsonAsync($"/api/ties/{tie.Str("id")}/history");
        var changes = history.Items("changes").ToList();
        changes.Select(c => c.Str("field")).ShouldBe(["status", "phase", "confidence"]);
        changes.ShouldAllBe(c => c.GetProperty("from").ValueKind == JsonValueKind.Null && c.GetProperty("version").GetInt64() == 1 && c.Str("by") == "analyst");
        changes[2].GetProperty("to").GetInt64().ShouldBe(30);
    }

    [Theory]
    [InlineData("type", "PEACE_TREATY", "'PEACE_TREATY' is not a known tie type; known types: DEFENSE_PACT")]
    [InlineData("status", "rumoured", "'rumoured' is not a known status; known statuses: confirmed, reported")]
    [InlineData("phase", "dreamt", "'dreamt' is not a known phase")]
    [InlineData("validFrom", "June 2024", "'June 2024' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("validFrom", "2024-13", "'2024-13' is not a date")]
    [InlineData("validTo", "2024-02-30", "'2024-02-30' is not a date")]
    [InlineData("reportedOn", "yesterday", "'yesterday' is not a date")]
    [InlineData("summary", "", "")]
    public async Task Create_InvalidField_Is400NamingTheField(string field, string value, string message)
    {
        var (a, b) = await PairAsync();
        var body = new Dictionary<string, object?> { ["type"] = "AID", ["source"] = a, ["target"] = b, ["status"] = "reported", [field] = value };
        if (message.Length == 0)
        {
            // A blank optional field is simply absent: the control case that the other rows fail only on their field.
            await Client.SendOkAsync(Post, "/api/ties", body, HttpStatusCode.Created);
            return;
        }

        var problem = await Client.RefusedAsync(Post, "/api/ties", body, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe(Invalid);
        problem.FieldErrors(field).ShouldContain(m => m.Contains(message, StringComparison.Ordinal));
        (await TiesBetweenAsync(a, b)).ShouldBe(0);
    }

    [Fact]
    public async Task Create_TieToItself_Is400()
    {
        var (a, _) = await PairAsync();
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { type = "AID", source = a, target = a, status = "reported" }, HttpStatusCode.BadRequest);
        problem.FieldErrors("target").ShouldBe(["A tie cannot link an actor to itself; choose two different actors."]);
    }

    [Theory]
    [InlineData("2024-06", "2024-05", "The tie cannot end (2024-05) before it begins (2024-06).")]
    [InlineData("2024-06-15", "2024-06-14", "The tie cannot end (2024-06-14) before it begins (2024-06-15).")]
    [InlineData("2024", "2023", "The tie cannot end (2023) before it begins (2024).")]
    public async Task Create_ValidToBeforeValidFrom_Is400(string from, string to, string message)
    {
        var (a, b) = await PairAsync();
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported", validFrom = from, validTo = to }, HttpStatusCode.BadRequest);
        problem.FieldErrors("validTo").ShouldBe([message]);
    }

    [Theory]
    [InlineData("2024-06", "2024")] // ends within the year it started: the year's end is after June
    [InlineData("2024-06-15", "2024-06")]
    [InlineData("2024-06-15", "2024-06-15")]
    public async Task Create_ValidToInThePeriodOfValidFrom_IsAccepted(string from, string to)
    {
        var (a, b) = await PairAsync();
        await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported", validFrom = from, validTo = to }, HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("2024-06-01", "month", "2024-06-01", "month")]
    [InlineData("2024-01-01", "year", "2024-01-01", "year")]
    [InlineData("2024-06-19", null, "2024-06-19", "day")]
    public async Task Create_DateWithExplicitPrecision_StoresTheFirstDayOfThePeriod(string date, string? precision, string stored, string storedPrecision)
    {
        var (a, b) = await PairAsync();
        var tie = await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported", validFrom = date, validFromPrecision = precision }, HttpStatusCode.Created);
        tie.Str("validFrom").ShouldBe(stored);
        tie.Str("validFromPrecision").ShouldBe(storedPrecision);
    }

    [Theory]
    [InlineData("2024-06-15", "month", "'2024-06-15' is not the first day of its month; for month precision write 2024-06.")]
    [InlineData("2024", "day", "'2024' does not give a day")]
    [InlineData("2024-06", "week", "'week' is not a date precision")]
    [InlineData("", "month", "A precision was given without a date.")]
    public async Task Create_DateAndPrecisionThatDisagree_Is400(string date, string precision, string message)
    {
        var (a, b) = await PairAsync();
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported", validFrom = date, validFromPrecision = precision }, HttpStatusCode.BadRequest);
        problem.FieldErrors("validFrom").ShouldHaveSingleItem().ShouldContain(message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task Create_ConfidenceOutOfRange_Is400(long confidence)
    {
        var (a, b) = await PairAsync();
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported", confidence }, HttpStatusCode.BadRequest);
        problem.FieldErrors("confidence").ShouldBe([$"Confidence must be from 0 to 100; it was {confidence}."]);
    }

    [Fact]
    public async Task Create_MissingActors_Is400NamingEachEnd()
    {
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { type = "AID", source = "nobody-1", target = "nobody-2", status = "reported" }, HttpStatusCode.BadRequest);
        problem.FieldErrors("source").ShouldBe(["There is no actor with id 'nobody-1'."]);
        problem.FieldErrors("target").ShouldBe(["There is no actor with id 'nobody-2'."]);
    }

    [Fact]
    public async Task Create_RequiredFieldsMissing_NamesEach()
    {
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { }, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["type", "source", "target", "status"], ignoreOrder: true);
    }

    [Fact]
    public async Task Create_DuplicateIdOfTheSameType_Is409()
    {
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { id = "north-korea-troops-russia", type = "TROOP_TRANSFER", source = "russia", target = "ukraine", status = "reported" }, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.DuplicateId");
        problem.FieldErrors("id").ShouldBe(["There is already a tie with id 'north-korea-troops-russia'."]);
        (await Client.GetJsonAsync("/api/ties/north-korea-troops-russia")).GetProperty("tie").Str("source").ShouldBe("north-korea");
    }

    [Fact]
    public async Task Create_DuplicateIdOfAnotherType_Is409Too()
    {
        var problem = await Client.RefusedAsync(Post, "/api/ties", new { id = "north-korea-troops-russia", type = "AID", source = "russia", target = "ukraine", status = "reported" }, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.DuplicateId");
        (await TiesBetweenAsync("russia", "ukraine", "AID")).ShouldBe(0);
    }

    [Fact]
    public async Task Create_EvidenceThatFails_LeavesNoTieBehind()
    {
        var (a, b) = await PairAsync();
        var problem = await Client.RefusedAsync(Post, "/api/ties", new
        {
            type = "AID", source = a, target = b, status = "reported",
            evidence = new[] { new { sourceId = "no-such-source", stance = "claims", by = "nobody" } },
        }, HttpStatusCode.BadRequest);
        problem.FieldErrors("evidence[0].sourceId").ShouldBe(["There is no source with id 'no-such-source'."]);
        problem.FieldErrors("evidence[0].stance").ShouldBe(["'claims' is not a stance; use 'asserts' or 'denies'."]);
        problem.FieldErrors("evidence[0].by").ShouldBe(["There is no actor with id 'nobody'."]);
        (await TiesBetweenAsync(a, b)).ShouldBe(0);
    }

    [Fact]
    public async Task Create_EvidenceWithATakenId_LeavesNoTieBehind()
    {
        var (a, b) = await PairAsync();
        var problem = await Client.RefusedAsync(Post, "/api/ties", new
        {
            type = "AID", source = a, target = b, status = "reported",
            evidence = new[] { new { id = "ev-troops-nis", sourceId = "seed-report", stance = "asserts" } },
        }, HttpStatusCode.Conflict);
        problem.FieldErrors("evidence[0].id").ShouldBe(["There is already evidence with id 'ev-troops-nis'."]);
        (await TiesBetweenAsync(a, b)).ShouldBe(0);
    }

    [Fact]
    public async Task Update_ChangesOfJudgement_AreKeptInTheHistory()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported", phase = "announced", confidence = 40 }, HttpStatusCode.Created)).Str("id");
        var before = DateTimeOffset.UtcNow;
        var second = await Client.SendOkAsync(Put, $"/api/ties/{id}", new { status = "confirmed", phase = "announced", confidence = 80, summary = "Now confirmed.", version = 1 }, HttpStatusCode.OK);
        second.GetProperty("version").GetInt64().ShouldBe(2);
        await Client.SendOkAsync(Put, $"/api/ties/{id}", new { status = "confirmed", phase = "in-force", confidence = 80, summary = "In force.", version = 2 }, HttpStatusCode.OK);

        var history = await Client.GetJsonAsync($"/api/ties/{id}/history");
        history.GetProperty("version").GetInt64().ShouldBe(3);
        var later = history.Items("changes").Where(c => c.GetProperty("version").GetInt64() > 1).ToList();
        later.Select(c => (c.Str("field"), Text(c.GetProperty("from")), Text(c.GetProperty("to")), c.GetProperty("version").GetInt64())).ShouldBe(
        [
            ("status", "reported", "confirmed", 2),
            ("confidence", "40", "80", 2),
            ("phase", "announced", "in-force", 3),
        ]);
        later.ShouldAllBe(c => c.Str("by") == "analyst");
        DateTimeOffset.Parse(later[0].Str("at"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
    }

    [Fact]
    public async Task Update_StaleVersion_Is409AndChangesNothing()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported" }, HttpStatusCode.Created)).Str("id");
        await Client.SendOkAsync(Put, $"/api/ties/{id}", new { status = "confirmed", version = 1 }, HttpStatusCode.OK);
        var problem = await Client.RefusedAsync(Put, $"/api/ties/{id}", new { status = "denied", version = 1 }, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.StaleVersion");
        problem.Str("detail").ShouldBe(
            $"Someone else changed this tie since you opened it (you edited version 1; it is now version 2, saved by analyst on {problem.Str("recordedAt")}). Reload it to see their changes, then make yours again.");
        var details = await Client.GetJsonAsync($"/api/ties/{id}");
        details.GetProperty("tie").Str("status").ShouldBe("confirmed");
        var history = await Client.GetJsonAsync($"/api/ties/{id}/history");
        history.Items("changes").ShouldNotContain(c => c.Str("to") == "denied");
    }

    [Fact]
    public async Task Update_ConcurrentEditsFromTheSameVersion_OnlyOneWins()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported" }, HttpStatusCode.Created)).Str("id");
        var statuses = new[] { "confirmed", "denied", "disputed", "alleged", "retracted", "confirmed", "denied", "disputed" };
        var results = await Task.WhenAll(statuses.Select(async s =>
        {
            var (status, _, response) = await Client.SendAsync(Put, $"/api/ties/{id}", new { status = s, version = 1 });
            response.Dispose();
            return status;
        }));
        results.Count(s => s == HttpStatusCode.OK).ShouldBe(1);
        results.Count(s => s == HttpStatusCode.Conflict).ShouldBe(statuses.Length - 1);
        (await Client.GetJsonAsync($"/api/ties/{id}")).GetProperty("tie").GetProperty("version").GetInt64().ShouldBe(2);
        var history = await Client.GetJsonAsync($"/api/ties/{id}/history");
        history.Items("changes").Count(c => c.GetProperty("version").GetInt64() == 2).ShouldBe(1);
    }

    [Fact]
    public async Task Update_SeedTie_KeepsItsExtraPropertiesAndStartsItsHistory()
    {
        var before = await Client.GetJsonAsync("/api/ties/south-korea-financial-aid-ukraine");
        before.GetProperty("tie").GetProperty("version").GetInt64().ShouldBe(0);
        await Client.SendOkAsync(Put, "/api/ties/south-korea-financial-aid-ukraine", new
        {
            status = "confirmed", phase = "in-force", validFrom = "2022", reportedOn = "2022", confidence = 95,
            summary = "South Korea has provided financial aid to Kyiv.", version = 0,
        }, HttpStatusCode.OK);
        var after = await Client.GetJsonAsync("/api/ties/south-korea-financial-aid-ukraine");
        after.GetProperty("tie").GetProperty("properties").Str("aidKind").ShouldBe("financial");
        after.GetProperty("tie").GetProperty("version").GetInt64().ShouldBe(1);
        after.Items("evidence").ShouldNotBeEmpty();
        var history = await Client.GetJsonAsync("/api/ties/south-korea-financial-aid-ukraine/history");
        var change = history.Items("changes").ShouldHaveSingleItem();
        (change.Str("field"), change.GetProperty("from").GetInt64(), change.GetProperty("to").GetInt64()).ShouldBe(("confidence", 90L, 95L));
    }

    [Fact]
    public async Task Update_TypeOrEnds_Is400()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported" }, HttpStatusCode.Created)).Str("id");
        var problem = await Client.RefusedAsync(Put, $"/api/ties/{id}", new { type = "SANCTIONS", source = b, target = a, status = "reported", version = 1 }, HttpStatusCode.BadRequest);
        problem.FieldErrors("type").ShouldBe(["A tie's type cannot change (it is 'AID'); delete the tie and create a new one instead."]);
        problem.FieldErrors("source").ShouldNotBeEmpty();
        problem.FieldErrors("target").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Update_SameTypeAndEndsRepeated_IsAccepted()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported" }, HttpStatusCode.Created)).Str("id");
        await Client.SendOkAsync(Put, $"/api/ties/{id}", new { id, type = "AID", source = a, target = b, status = "alleged", version = 1 }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_InvalidFields_Is400AndNoVersionIsUsedUp()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported" }, HttpStatusCode.Created)).Str("id");
        var problem = await Client.RefusedAsync(Put, $"/api/ties/{id}", new { status = "rumoured", validFrom = "2024", validTo = "2020", version = 1 }, HttpStatusCode.BadRequest);
        problem.FieldErrors("status").ShouldNotBeEmpty();
        problem.FieldErrors("validTo").ShouldNotBeEmpty();
        (await Client.GetJsonAsync($"/api/ties/{id}")).GetProperty("tie").GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Update_WithEvidence_Is400()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported" }, HttpStatusCode.Created)).Str("id");
        var problem = await Client.RefusedAsync(Put, $"/api/ties/{id}", new
        {
            status = "reported", version = 1, evidence = new[] { new { sourceId = "seed-report", stance = "asserts" } },
        }, HttpStatusCode.BadRequest);
        problem.FieldErrors("evidence").ShouldHaveSingleItem().ShouldContain("/api/evidence");
    }

    [Fact]
    public async Task Update_UnknownTie_Is404()
    {
        var problem = await Client.RefusedAsync(Put, "/api/ties/no-such-tie", new { status = "reported", version = 0 }, HttpStatusCode.NotFound);
        problem.Str("detail").ShouldBe("There is no tie with id 'no-such-tie'.");
    }

    [Fact]
    public async Task Delete_Tie_TakesItsEvidenceAndHistory()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new
        {
            type = "AID", source = a, target = b, status = "reported",
            evidence = new[] { new { sourceId = "seed-report", stance = "asserts" } },
        }, HttpStatusCode.Created)).Str("id");
        await Client.SendOkAsync(Delete, $"/api/ties/{id}?version=1", null, HttpStatusCode.NoContent);
        await Client.GetProblemAsync($"/api/ties/{id}", HttpStatusCode.NotFound);
        await Client.GetProblemAsync($"/api/ties/{id}/history", HttpStatusCode.NotFound);
        (await EditingStore.CountAsync(app, "MATCH (n) WHERE n.tieId = $id RETURN count(n)", ("id", id))).ShouldBe(0);
        (await Client.GetJsonAsync($"/api/actors/{a}")).Str("id").ShouldBe(a);
    }

    [Fact]
    public async Task Delete_StaleVersion_Is409AndKeepsTheTie()
    {
        var (a, b) = await PairAsync();
        var id = (await Client.SendOkAsync(Post, "/api/ties", new { type = "AID", source = a, target = b, status = "reported" }, HttpStatusCode.Created)).Str("id");
        await Client.RefusedAsync(Delete, $"/api/ties/{id}?version=5", null, HttpStatusCode.Conflict);
        (await Client.GetJsonAsync($"/api/ties/{id}")).GetProperty("tie").Str("id").ShouldBe(id);
    }

    [Fact]
    public async Task Delete_UnknownTie_Is404()
    {
        await Client.RefusedAsync(Delete, "/api/ties/no-such-tie", null, HttpStatusCode.NotFound);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private async Task<(string A, string B)> PairAsync()
    {
        var a = EditingApp.NewId("a");
        var b = EditingApp.NewId("b");
        await Client.SendOkAsync(Post, "/api/actors", new { id = a, name = $"Actor {a}", kind = "state" }, HttpStatusCode.Created);
        await Client.SendOkAsync(Post, "/api/actors", new { id = b, name = $"Actor {b}", kind = "state" }, HttpStatusCode.Created);
        return (a, b);
    }

    private Task<long> TiesBetweenAsync(string a, string b, string? type = null) =>
        EditingStore.CountAsync(app, "MATCH (s:Actor {id: $a})-[r]-(t:Actor {id: $b}) WHERE $type IS NULL OR type(r) = $type RETURN count(r)", ("a", a), ("b", b), ("type", type));
}
