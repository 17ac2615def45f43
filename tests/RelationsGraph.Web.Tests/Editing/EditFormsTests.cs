using System.Net;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

/// <summary>The MVC forms, posted as a browser posts them (form fields and the anti-forgery token).</summary>
public sealed class EditFormsTests(EditingApp app) : IClassFixture<EditingApp>
{
    private HttpClient Client => app.Client;

    [Fact]
    public async Task Index_Get_ListsActorsAndSourcesWithLinksToTheirForms()
    {
        var (status, html) = await Client.GetPageAsync("/edit");
        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("href=\"/edit/actors/north-korea\"");
        html.ShouldContain("href=\"/edit/sources/seed-report\"");
        html.ShouldContain("href=\"/edit/ties/new?source=russia\"");
    }

    [Fact]
    public async Task Index_Search_NarrowsTheActors()
    {
        var (_, html) = await Client.GetPageAsync("/edit?q=kim");
        html.ShouldContain("/edit/actors/kim-yo-jong");
        html.ShouldNotContain("/edit/actors/ukraine\"");
    }

    [Fact]
    public async Task Layout_ExplorerPage_LinksToTheEditingPagesForAnAnalystOnly()
    {
        var (_, html) = await Client.GetPageAsync("/");
        html.ShouldContain("href=\"/edit\"");
        var (_, viewers) = await app.Viewer.GetPageAsync("/");
        viewers.ShouldNotContain("href=\"/edit\"");
    }

    [Fact]
    public async Task Viewer_EditPagesAndEdits_AreRefused()
    {
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/edit/actors/russia", UriKind.Relative));
        pageRequest.Headers.Accept.ParseAdd("text/html");
        using (var page = await app.Viewer.SendAsync(pageRequest))
        {
            page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            page.Headers.Location!.ToString().ShouldContain("/account/denied");
        }

        var (status, _, response) = await app.Viewer.SendAsync(HttpMethod.Put, "/api/actors/russia", new { name = "Renamed by a viewer", kind = "state", version = 0 });
        response.Dispose();
        status.ShouldBe(HttpStatusCode.Forbidden);
        (await Client.GetJsonAsync("/api/actors/russia")).Str("name").ShouldBe("Russia");
        (await app.Viewer.GetJsonAsync("/api/sources/seed-report")).Str("id").ShouldBe("seed-report");
    }

    [Theory]
    [InlineData("/edit/actors/new")]
    [InlineData("/edit/ties/new")]
    [InlineData("/edit/sources/new")]
    [InlineData("/edit/evidence/new?tieId=russia-invades-ukraine")]
    [InlineData("/edit/actors/russia")]
    [InlineData("/edit/ties/north-korea-troops-russia")]
    [InlineData("/edit/sources/seed-report")]
    [InlineData("/edit/evidence/ev-troops-nis")]
    [InlineData("/edit/actors/russia/delete")]
    [InlineData("/edit/ties/north-korea-troops-russia/delete")]
    [InlineData("/edit/sources/seed-report/delete")]
    [InlineData("/edit/evidence/ev-troops-nis/delete")]
    public async Task FormPage_Get_HasAFormWithAnAntiforgeryToken(string url)
    {
        var (status, html) = await Client.GetPageAsync(url);
        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("method=\"post\"");
        EditHttp.FormToken(html).ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/edit/actors/no-such-actor", "There is no actor with id 'no-such-actor'.")]
    [InlineData("/edit/ties/no-such-tie", "There is no tie with id 'no-such-tie'.")]
    [InlineData("/edit/sources/no-such-source", "There is no source with id 'no-such-source'.")]
    [InlineData("/edit/evidence/no-such-evidence", "There is no evidence with id 'no-such-evidence'.")]
    [InlineData("/edit/evidence/new?tieId=no-such-tie", "There is no tie with id 'no-such-tie'.")]
    [InlineData("/edit/actors/no-such-actor/delete", "There is no actor with id 'no-such-actor'.")]
    public async Task FormPage_MissingRecord_Is404Page(string url, string message)
    {
        var (status, html) = await Client.GetPageAsync(url);
        status.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(html).ShouldContain(message);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var id = EditingApp.NewId("actor");
        using var withoutToken = await app.Factory.CreateClientAsync(TestUsers.Analyst, antiforgery: false);
        using var content = new FormUrlEncodedContent([new("id", id), new("name", "Forged"), new("kind", "state")]);
        using var response = await withoutToken.PostAsync(new Uri("/edit/actors/new", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("RelationsGraph.Security.AntiforgeryTokenInvalid");
        await Client.GetProblemAsync($"/api/actors/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ActorForm_Create_RedirectsToTheActorAndSaysSo()
    {
        var id = EditingApp.NewId("actor");
        var (status, _, location) = await Client.PostPageFormAsync("/edit/actors/new", "/edit/actors/new", Fields(("id", id), ("name", "Azov Brigade"), ("kind", "armed-group"), ("aliases", "Azov\r\nAzov Regiment\r\n"), ("country", "UA")));
        status.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldBe($"/edit/actors/{id}");
        var (_, page) = await Client.GetPageAsync(location.ToString());
        page.ShouldContain("Actor &#x27;Azov Brigade&#x27; created.");
        var actor = await Client.GetJsonAsync($"/api/actors/{id}");
        actor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["Azov", "Azov Regiment"]);
        actor.Str("country").ShouldBe("UA");
    }

    [Fact]
    public async Task ActorForm_Invalid_Is400WithMessagesBesideTheFieldsAndKeepsWhatWasTyped()
    {
        var (status, html, _) = await Client.PostPageFormAsync("/edit/actors/new", "/edit/actors/new", Fields(("name", ""), ("kind", "planet"), ("description", "Typed text stays.")));
        status.ShouldBe(HttpStatusCode.BadRequest);
        var text = WebUtility.HtmlDecode(html);
        text.ShouldContain("Not saved: correct the fields marked below.");
        text.ShouldContain("<span class=\"field-error\" id=\"error-name\" role=\"alert\">The name is required.</span>");
        text.ShouldContain("id=\"error-kind\"");
        text.ShouldContain("'planet' is not a known actor kind");
        text.ShouldContain("Typed text stays.");
    }

    [Fact]
    public async Task ActorForm_StaleEdit_Is409AndKeepsTheOtherChange()
    {
        var id = await NewActorAsync();
        var formPage = await Client.GetStringAsync(new Uri($"/edit/actors/{id}", UriKind.Relative));
        await Client.SendOkAsync(HttpMethod.Put, $"/api/actors/{id}", new { name = "Changed meanwhile", kind = "state", version = 1 }, HttpStatusCode.OK);
        var (status, html, _) = await PostWithTokenAsync(formPage, $"/edit/actors/{id}", Fields(("name", "My stale change"), ("kind", "state"), ("version", "1")));
        status.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(html).ShouldContain("Someone else changed this actor since you opened it (you edited version 1; it is now version 2");
        WebUtility.HtmlDecode(html).ShouldContain("My stale change");
        (await Client.GetJsonAsync($"/api/actors/{id}")).Str("name").ShouldBe("Changed meanwhile");
    }

    [Fact]
    public async Task ActorForm_Update_SavesAndBumpsTheVersion()
    {
        var id = await NewActorAsync();
        var (status, _, location) = await Client.PostPageFormAsync($"/edit/actors/{id}", $"/edit/actors/{id}", Fields(("name", "Renamed by form"), ("kind", "organisation"), ("version", "1")));
        status.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldBe($"/edit/actors/{id}");
        var actor = await Client.GetJsonAsync($"/api/actors/{id}");
        actor.Str("name").ShouldBe("Renamed by form");
        actor.GetProperty("version").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task ActorDelete_ConfirmationPage_SaysHowManyTiesGoWithIt_ThenDeletes()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var c = await NewActorAsync();
        await NewTieAsync(a, b);
        await NewTieAsync(c, a);
        var (status, page) = await Client.GetPageAsync($"/edit/actors/{a}/delete");
        status.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(page).ShouldContain($"Actor {a} has 2 ties; deleting it deletes them too, with 2 pieces of evidence. Confirm to delete.");
        page.ShouldContain("name=\"ties\" value=\"2\"");

        var (deleted, _, location) = await PostWithTokenAsync(page, $"/edit/actors/{a}/delete", Fields(("version", "1"), ("ties", "2")));
        deleted.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldBe("/edit");
        await Client.GetProblemAsync($"/api/actors/{a}", HttpStatusCode.NotFound);
        (await Client.GetJsonAsync($"/api/actors/{b}")).Items("ties").ShouldBeEmpty();
        (await Client.GetJsonAsync($"/api/actors/{c}")).Items("ties").ShouldBeEmpty();
    }

    [Fact]
    public async Task ActorDelete_TieAddedAfterTheConfirmationPage_Is409AndDeletesNothing()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        await NewTieAsync(a, b);
        var page = await Client.GetStringAsync(new Uri($"/edit/actors/{a}/delete", UriKind.Relative));
        await NewTieAsync(b, a);
        var (status, html, _) = await PostWithTokenAsync(page, $"/edit/actors/{a}/delete", Fields(("version", "1"), ("ties", "1")));
        status.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(html).ShouldContain("you confirmed deleting 1 tie, it now has 2");
        WebUtility.HtmlDecode(html).ShouldContain("has 2 ties");
        (await Client.GetJsonAsync($"/api/actors/{a}")).Items("ties").Count().ShouldBe(2);
    }

    [Fact]
    public async Task TieForm_CreateWithEvidence_StoresBothAndShowsThemOnTheTiePage()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var (status, html, location) = await Client.PostPageFormAsync("/edit/ties/new", "/edit/ties/new", Fields(
            ("type", "DEFENSE_PACT"), ("source", a), ("target", b), ("status", "reported"), ("phase", "signed"),
            ("validFrom", "2024-06"), ("validTo", ""), ("reportedOn", "2024-06-19"), ("confidence", "70"), ("summary", "A pact."),
            ("evidenceSourceId", "seed-report"), ("evidenceStance", "asserts"), ("evidenceQuote", "signed in June"), ("evidenceBy", "russia"), ("evidenceAccessed", "2024-10")));
        status.ShouldBe(HttpStatusCode.Redirect, html);
        var id = $"{a}-defense-pact-{b}";
        location!.ToString().ShouldBe($"/edit/ties/{id}");

        var (_, page) = await Client.GetPageAsync(location.ToString());
        var text = WebUtility.HtmlDecode(page);
        text.ShouldContain("Tie created with its evidence.");
        text.ShouldContain("value=\"2024-06\"");
        text.ShouldContain("signed in June");
        text.ShouldContain("<td>Russia</td>");
        page.ShouldContain("data-testid=\"tie-history\"");

        var details = await Client.GetJsonAsync($"/api/ties/{id}");
        details.GetProperty("tie").Str("validFromPrecision").ShouldBe("month");
        details.GetProperty("tie").Str("reportedOn").ShouldBe("2024-06-19");
        details.GetProperty("tie").GetProperty("confidence").GetInt64().ShouldBe(70);
        details.Items("evidence").ShouldHaveSingleItem().GetProperty("by").Str("id").ShouldBe("russia");
    }

    [Fact]
    public async Task TieForm_CreateWithoutEvidence_StoresTheTieAlone()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var (status, _, location) = await Client.PostPageFormAsync("/edit/ties/new", "/edit/ties/new", Fields(
            ("type", "AID"), ("source", a), ("target", b), ("status", "reported"), ("evidenceSourceId", ""), ("evidenceStance", "asserts")));
        status.ShouldBe(HttpStatusCode.Redirect);
        var id = location!.ToString()["/edit/ties/".Length..];
        (await Client.GetJsonAsync($"/api/ties/{id}")).Items("evidence").ShouldBeEmpty();
    }

    public static TheoryData<string, string, string, string, HttpStatusCode> TieFormRefusals => new()
    {
        { "type", "TREATY", "type", "'TREATY' is not a known tie type", HttpStatusCode.BadRequest },
        { "status", "rumoured", "status", "'rumoured' is not a known status", HttpStatusCode.BadRequest },
        { "target", "{a}", "target", "A tie cannot link an actor to itself; choose two different actors.", HttpStatusCode.BadRequest },
        { "validTo", "2023", "validTo", "The tie cannot end (2023) before it begins (2024-06).", HttpStatusCode.BadRequest },
        { "validFrom", "summer 2024", "validFrom", "'summer 2024' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", HttpStatusCode.BadRequest },
        { "source", "nobody-here", "source", "There is no actor with id 'nobody-here'.", HttpStatusCode.BadRequest },
        { "confidence", "high", "confidence", "Confidence must be a whole number from 0 to 100; 'high' is not.", HttpStatusCode.BadRequest },
        { "confidence", "150", "confidence", "Confidence must be from 0 to 100; it was 150.", HttpStatusCode.BadRequest },
        { "id", "north-korea-troops-russia", "id", "There is already a tie with id 'north-korea-troops-russia'.", HttpStatusCode.Conflict },
        { "evidenceSourceId", "no-such-source", "evidenceSourceId", "There is no source with id 'no-such-source'.", HttpStatusCode.BadRequest },
        { "evidenceBy", "nobody-here", "evidenceBy", "There is no actor with id 'nobody-here'.", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(TieFormRefusals))]
    public async Task TieForm_Refused_ShowsTheMessageBesideTheFieldAndStoresNothing(string field, string value, string errorField, string message, HttpStatusCode expected)
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var fields = new Dictionary<string, string>
        {
            ["type"] = "AID", ["source"] = a, ["target"] = b, ["status"] = "reported", ["validFrom"] = "2024-06",
            ["evidenceSourceId"] = "seed-report", ["evidenceStance"] = "asserts",
        };
        fields[field] = value.Replace("{a}", a, StringComparison.Ordinal);
        var (status, html, _) = await Client.PostPageFormAsync("/edit/ties/new", "/edit/ties/new", fields);
        status.ShouldBe(expected);
        var text = WebUtility.HtmlDecode(html);
        text.ShouldContain($"id=\"error-{errorField}\"");
        text.ShouldContain(message);
        (await EditingStore.CountAsync(app, "MATCH (s:Actor {id: $a})-[r]-() RETURN count(r)", ("a", a))).ShouldBe(0);
    }

    [Fact]
    public async Task TieForm_StaleEdit_Is409WithAMessageAndDoesNotOverwrite()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var id = await NewTieAsync(a, b);
        var formPage = await Client.GetStringAsync(new Uri($"/edit/ties/{id}", UriKind.Relative));
        await Client.SendOkAsync(HttpMethod.Put, $"/api/ties/{id}", new { status = "confirmed", confidence = 90, version = 1 }, HttpStatusCode.OK);
        var (status, html, _) = await PostWithTokenAsync(formPage, $"/edit/ties/{id}", Fields(("status", "denied"), ("confidence", "10"), ("version", "1")));
        status.ShouldBe(HttpStatusCode.Conflict);
        var text = WebUtility.HtmlDecode(html);
        text.ShouldContain("Someone else changed this tie since you opened it (you edited version 1; it is now version 2, saved by analyst");
        text.ShouldContain("name=\"version\" value=\"1\"");
        var tie = (await Client.GetJsonAsync($"/api/ties/{id}")).GetProperty("tie");
        tie.Str("status").ShouldBe("confirmed");
        tie.GetProperty("confidence").GetInt64().ShouldBe(90);
    }

    [Fact]
    public async Task TieForm_Update_KeepsTheHistoryOnTheTiePage()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var id = await NewTieAsync(a, b);
        var (status, _, _) = await Client.PostPageFormAsync($"/edit/ties/{id}", $"/edit/ties/{id}", Fields(("status", "confirmed"), ("phase", "in-force"), ("confidence", "85"), ("version", "1")));
        status.ShouldBe(HttpStatusCode.Redirect);
        var (_, page) = await Client.GetPageAsync($"/edit/ties/{id}");
        var history = WebUtility.HtmlDecode(page)[page.IndexOf("data-testid=\"tie-history\"", StringComparison.Ordinal)..];
        history.ShouldContain("<td>status</td>");
        history.ShouldContain("<td>reported</td>");
        history.ShouldContain("<td>confirmed</td>");
        history.ShouldContain("<td>85</td>");
    }

    [Fact]
    public async Task TieDelete_ConfirmThenDelete_GoesBackToTheSourceActor()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var id = await NewTieAsync(a, b);
        var (_, page) = await Client.GetPageAsync($"/edit/ties/{id}/delete");
        WebUtility.HtmlDecode(page).ShouldContain("1 piece of evidence and the tie's history go with it.");
        var (status, _, location) = await PostWithTokenAsync(page, $"/edit/ties/{id}/delete", Fields(("version", "1")));
        status.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldBe($"/edit/actors/{a}");
        await Client.GetProblemAsync($"/api/ties/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SourceForm_CreateEditDelete()
    {
        var id = EditingApp.NewId("src");
        var (created, _, location) = await Client.PostPageFormAsync("/edit/sources/new", "/edit/sources/new", Fields(("id", id), ("title", "UN Security Council record"), ("url", "https://www.un.org/securitycouncil/"), ("published", "2024-10-21"), ("reliability", "A")));
        created.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldBe($"/edit/sources/{id}");

        var (invalid, html, _) = await Client.PostPageFormAsync($"/edit/sources/{id}", $"/edit/sources/{id}", Fields(("title", "UN record"), ("url", "not a url"), ("version", "1")));
        invalid.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(html).ShouldContain("'not a url' is not a web address");

        var (saved, _, _) = await Client.PostPageFormAsync($"/edit/sources/{id}", $"/edit/sources/{id}", Fields(("title", "UN record"), ("url", ""), ("published", "2024-10"), ("version", "1")));
        saved.ShouldBe(HttpStatusCode.Redirect);
        var source = await Client.GetJsonAsync($"/api/sources/{id}");
        source.Str("title").ShouldBe("UN record");
        source.Str("publishedPrecision").ShouldBe("month");

        var (_, confirm) = await Client.GetPageAsync($"/edit/sources/{id}/delete");
        confirm.ShouldContain("No evidence cites it.");
        var (deleted, _, _) = await PostWithTokenAsync(confirm, $"/edit/sources/{id}/delete", Fields(("version", "2")));
        deleted.ShouldBe(HttpStatusCode.Redirect);
        await Client.GetProblemAsync($"/api/sources/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EvidenceForm_AddEditDelete()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var tie = await NewTieAsync(a, b);
        var (added, _, location) = await Client.PostPageFormAsync($"/edit/evidence/new?tieId={tie}", "/edit/evidence/new", Fields(("tieId", tie), ("sourceId", "seed-report"), ("stance", "denies"), ("quote", "Never happened."), ("by", b)));
        added.ShouldBe(HttpStatusCode.Redirect);
        location!.ToString().ShouldBe($"/edit/ties/{tie}");
        var evidence = (await Client.GetJsonAsync($"/api/ties/{tie}")).Items("evidence").Single(e => e.Str("stance") == "denies");
        var id = evidence.Str("id");

        var (invalid, html, _) = await Client.PostPageFormAsync($"/edit/evidence/{id}", $"/edit/evidence/{id}", Fields(("sourceId", "seed-report"), ("stance", "maybe"), ("version", "1")));
        invalid.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(html).ShouldContain("'maybe' is not a stance");

        var (saved, _, _) = await Client.PostPageFormAsync($"/edit/evidence/{id}", $"/edit/evidence/{id}", Fields(("sourceId", "seed-report"), ("stance", "asserts"), ("quote", "It happened."), ("version", "1")));
        saved.ShouldBe(HttpStatusCode.Redirect);
        (await Client.GetJsonAsync($"/api/evidence/{id}")).Str("quote").ShouldBe("It happened.");

        var (_, confirm) = await Client.GetPageAsync($"/edit/evidence/{id}/delete");
        var (deleted, _, back) = await PostWithTokenAsync(confirm, $"/edit/evidence/{id}/delete", Fields(("version", "2")));
        deleted.ShouldBe(HttpStatusCode.Redirect);
        back!.ToString().ShouldBe($"/edit/ties/{tie}");
        await Client.GetProblemAsync($"/api/evidence/{id}", HttpStatusCode.NotFound);
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();

    private async Task<(HttpStatusCode Status, string Html, Uri? Location)> PostWithTokenAsync(string formPage, string action, List<KeyValuePair<string, string>> fields)
    {
        fields.Add(new("__RequestVerificationToken", EditHttp.FormToken(formPage)));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await Client.PostAsync(new Uri(action, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    private async Task<string> NewActorAsync()
    {
        var id = EditingApp.NewId("actor");
        await Client.SendOkAsync(HttpMethod.Post, "/api/actors", new { id, name = $"Actor {id}", kind = "state" }, HttpStatusCode.Created);
        return id;
    }

    private async Task<string> NewTieAsync(string a, string b)
    {
        var tie = await Client.SendOkAsync(HttpMethod.Post, "/api/ties", new
        {
            type = "AID", source = a, target = b, status = "reported", confidence = 50,
            evidence = new[] { new { sourceId = "seed-report", stance = "asserts" } },
        }, HttpStatusCode.Created);
        return tie.Str("id");
    }
}
