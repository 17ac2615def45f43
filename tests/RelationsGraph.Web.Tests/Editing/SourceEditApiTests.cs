using System.Net;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

public sealed class SourceEditApiTests(EditingApp app) : IClassFixture<EditingApp>
{
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly HttpMethod Put = HttpMethod.Put;
    private static readonly HttpMethod Delete = HttpMethod.Delete;

    private HttpClient Client => app.Client;

    [Fact]
    public async Task List_Seed_HasTheReportWithItsEvidenceCount()
    {
        var sources = await Client.GetJsonAsync("/api/sources");
        var report = sources.EnumerateArray().Single(s => s.Str("id") == "seed-report");
        report.Str("reliability").ShouldBe("C");
        report.Str("publishedPrecision").ShouldBe("month");
        report.GetProperty("evidenceCount").GetInt64().ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public async Task Create_ValidSource_Returns201AndReadsBack()
    {
        var (status, source, response) = await Client.SendAsync(Post, "/api/sources", new
        {
            title = $"Kiel Ukraine Support Tracker {Guid.NewGuid():N}"[..36], publisher = "Kiel Institute", url = "https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/",
            published = "2024-06", reliability = "b",
        });
        using (response)
        {
            status.ShouldBe(HttpStatusCode.Created, source.GetRawText());
            response.Headers.Location!.AbsolutePath.ShouldBe($"/api/sources/{source.Str("id")}");
        }

        source.Str("id").ShouldStartWith("kiel-ukraine-support-tracker-");
        source.Str("reliability").ShouldBe("B");
        source.Str("published").ShouldBe("2024-06-01");
        source.Str("publishedPrecision").ShouldBe("month");
        source.GetProperty("version").GetInt64().ShouldBe(1);
        source.Str("recordedBy").ShouldBe("analyst");
        (await Client.GetJsonAsync($"/api/sources/{source.Str("id")}")).Str("publisher").ShouldBe("Kiel Institute");
    }

    [Theory]
    [InlineData("title", "", "The title is required.")]
    [InlineData("url", "ftp://example.org/x", "'ftp://example.org/x' is not a web address")]
    [InlineData("url", "example.org", "'example.org' is not a web address")]
    [InlineData("reliability", "G", "'G' is not a reliability grade; use a letter from A to F.")]
    [InlineData("published", "2024-02-31", "'2024-02-31' is not a date")]
    [InlineData("id", "-starts-with-a-dash", "is not a usable id")]
    public async Task Create_InvalidField_Is400NamingTheField(string field, string value, string message)
    {
        var body = new Dictionary<string, object?> { ["title"] = "A source", [field] = value };
        var problem = await Client.RefusedAsync(Post, "/api/sources", body, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.Invalid");
        problem.FieldErrors(field).ShouldContain(m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_DuplicateId_Is409()
    {
        var problem = await Client.RefusedAsync(Post, "/api/sources", new { id = "seed-report", title = "Another" }, HttpStatusCode.Conflict);
        problem.FieldErrors("id").ShouldBe(["There is already a source with id 'seed-report'."]);
        (await Client.GetJsonAsync("/api/sources/seed-report")).Str("title").ShouldStartWith("South Korea Considers Arming Ukraine");
    }

    [Fact]
    public async Task Update_CurrentVersion_ChangesIt_AndAStaleOneIs409()
    {
        var id = await NewSourceAsync();
        var updated = await Client.SendOkAsync(Put, $"/api/sources/{id}", new { title = "Renamed report", reliability = "A", version = 1 }, HttpStatusCode.OK);
        updated.GetProperty("version").GetInt64().ShouldBe(2);
        updated.Str("reliability").ShouldBe("A");
        var problem = await Client.RefusedAsync(Put, $"/api/sources/{id}", new { title = "Stale rename", version = 1 }, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.StaleVersion");
        (await Client.GetJsonAsync($"/api/sources/{id}")).Str("title").ShouldBe("Renamed report");
    }

    [Fact]
    public async Task Update_UnknownSource_Is404()
    {
        await Client.RefusedAsync(Put, "/api/sources/no-such-source", new { title = "X", version = 0 }, HttpStatusCode.NotFound);
        await Client.GetProblemAsync("/api/sources/no-such-source", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_CitedSourceUnconfirmed_Is409WithTheEvidenceCount()
    {
        var (id, evidence) = await CitedSourceAsync();
        var problem = await Client.RefusedAsync(Delete, $"/api/sources/{id}", null, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.ConfirmationRequired");
        problem.GetProperty("evidenceCount").GetInt64().ShouldBe(1);
        problem.Str("detail").ShouldContain("1 piece of evidence cites");
        (await Client.GetJsonAsync($"/api/evidence/{evidence}")).Str("sourceId").ShouldBe(id);
    }

    [Fact]
    public async Task Delete_CitedSourceConfirmed_DeletesItsEvidenceToo()
    {
        var (id, evidence) = await CitedSourceAsync();
        await Client.SendOkAsync(Delete, $"/api/sources/{id}?confirm=true&version=1", null, HttpStatusCode.NoContent);
        await Client.GetProblemAsync($"/api/sources/{id}", HttpStatusCode.NotFound);
        await Client.GetProblemAsync($"/api/evidence/{evidence}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_UncitedSource_NeedsNoConfirmation()
    {
        var id = await NewSourceAsync();
        await Client.SendOkAsync(Delete, $"/api/sources/{id}", null, HttpStatusCode.NoContent);
        await Client.GetProblemAsync($"/api/sources/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_StaleVersion_Is409()
    {
        var id = await NewSourceAsync();
        var problem = await Client.RefusedAsync(Delete, $"/api/sources/{id}?version=3", null, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.StaleVersion");
    }

    private async Task<string> NewSourceAsync()
    {
        var id = EditingApp.NewId("src");
        await Client.SendOkAsync(Post, "/api/sources", new { id, title = $"Report {id}" }, HttpStatusCode.Created);
        return id;
    }

    private async Task<(string Source, string Evidence)> CitedSourceAsync()
    {
        var id = await NewSourceAsync();
        var evidence = await Client.SendOkAsync(Post, "/api/evidence", new { tieId = "russia-invades-ukraine", sourceId = id, stance = "asserts" }, HttpStatusCode.Created);
        evidence.ValueKind.ShouldBe(JsonValueKind.Object);
        return (id, evidence.Str("id"));
    }
}
