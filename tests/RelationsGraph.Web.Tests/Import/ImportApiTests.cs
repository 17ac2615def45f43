using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Import;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>The import endpoints and every refusal they make, each a ProblemDetails with a code.</summary>
public sealed class ImportApiTests(ImportApp app) : IClassFixture<ImportApp>
{
    private const string Csv = "src,dst,type,status\nrussia,ukraine,ARMED_CONFLICT,confirmed\n";

    private static readonly object TieMapping = new
    {
        target = "ties",
        tie = new
        {
            type = new { column = "type" },
            from = new { column = "src" },
            to = new { column = "dst" },
            status = new { column = "status" },
        },
    };

    private ImportClient Client => app.Client;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        body.ShouldNotContain("   at ");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Upload_Csv_AnswersCreatedWithAPreview()
    {
        using var response = await Client.PostUploadAsync("people.csv", Encoding.UTF8.GetBytes("id;name\r\n1;\"Smith; John\"\r\n2;Doe\r\n"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        var upload = JsonDocument.Parse(body).RootElement;
        response.Headers.Location!.ToString().ShouldEndWith($"/api/imports/uploads/{upload.Str("id")}");
        upload.Str("fileName").ShouldBe("people.csv");
        upload.Str("format").ShouldBe("csv");
        upload.Str("delimiter").ShouldBe(";");
        upload.Str("lineEnding").ShouldBe("CRLF");
        upload.GetProperty("rowCount").GetInt32().ShouldBe(2);
        upload.Items("columns").Select(c => c.GetString()).ShouldBe(["id", "name"]);
        var first = upload.Items("preview").First();
        first.GetProperty("line").GetInt32().ShouldBe(2);
        first.Items("cells").Select(c => c.GetString()).ShouldBe(["1", "Smith; John"]);
        upload.Str("sha256").Length.ShouldBe(64);

        var again = await Client.Http.GetJsonAsync($"/api/imports/uploads/{upload.Str("id")}");
        again.GetProperty("rowCount").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Upload_WithAChosenDelimiter_UsesIt()
    {
        var upload = await Client.UploadAsync("t.csv", "a;b,c\n1;2,3\n", delimiter: ",");
        upload.Items("columns").Select(c => c.GetString()).ShouldBe(["a;b", "c"]);
    }

    [Fact]
    public async Task Upload_MatchingAPreset_SuggestsIt()
    {
        var upload = await Client.UploadAsync("states.csv", "stateabb,ccode,statenme,styear\nUSA,2,United States of America,1816\n");
        upload.Items("suggestedPresets").Select(p => p.GetString()).ShouldContain("cow-states");
        upload.Items("suggestedPresets").Select(p => p.GetString()).ShouldNotContain("kiel-aid");
    }

    [Fact]
    public async Task UploadAndStart_WithoutTheAntiforgeryToken_AreRefused()
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        var tokenless = await ImportClient.CreateAsync(app.Factory, antiforgery: false);
        using var refusedUpload = await tokenless.PostUploadAsync("a.csv", Encoding.UTF8.GetBytes(Csv));
        (await ProblemAsync(refusedUpload, HttpStatusCode.BadRequest)).Str("code").ShouldNotBeNullOrEmpty();
        using var refusedStart = await tokenless.PostStartAsync(new { uploadId = upload.Str("id"), mapping = TieMapping });
        await ProblemAsync(refusedStart, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    public async Task Import_NeedsAnAnalyst(string name)
    {
        var user = TestUsers.All.Single(u => u.Name == name);
        var client = await ImportClient.CreateAsync(app.Factory, user);
        using var presets = await client.Http.GetAsync(new Uri("/api/imports/presets", UriKind.Relative));
        using var page = await client.Http.GetAsync(new Uri("/import", UriKind.Relative));
        using var upload = await client.PostUploadAsync("a.csv", Encoding.UTF8.GetBytes(Csv));
        using var export = await client.Http.GetAsync(new Uri("/api/export/actors.csv", UriKind.Relative));
        var allowed = user.Role != "Viewer";
        presets.StatusCode.ShouldBe(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        upload.StatusCode.ShouldBe(allowed ? HttpStatusCode.Created : HttpStatusCode.Forbidden);
        page.IsSuccessStatusCode.ShouldBe(allowed);
        export.StatusCode.ShouldBe(HttpStatusCode.OK, "exporting is open to every role");
    }

    [Fact]
    public async Task Apply_IsInTheAuditTrailWithWhoWhatAndTheOutcome()
    {
        var job = await Client.ImportAsync("audited.csv", Csv, TieMapping);
        job.Str("state").ShouldBe("succeeded");
        var admin = await app.Factory.CreateClientAsync(TestUsers.Admin);
        var entries = (await admin.GetJsonAsync("/api/audit?user=analyst&limit=200")).EnumerateArray().ToList();
        var applied = entries.First(e => e.Str("action") == "import.apply" && e.Str("target").Contains($"job={job.Str("id")}", StringComparison.Ordinal));
        applied.Str("target").ShouldContain("file=audited.csv");
        applied.Str("outcome").ShouldBe("ok");
        applied.Str("parameters").ShouldContain("\"tiesCreated\":1");
        entries.ShouldContain(e => e.Str("action") == "import.upload" && e.Str("target").Contains("file=audited.csv", StringComparison.Ordinal));
        entries.ShouldContain(e => e.Str("action") == "import.start" && e.Str("target").Contains($"job={job.Str("id")}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_WithoutAFile_IsA400()
    {
        using var form = new MultipartFormDataContent { { new StringContent(","), "delimiter" } };
        using var response = await Client.Http.PostAsync(new Uri("/api/imports/uploads", UriKind.Relative), form);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe("Neo.ClientError.Request.Invalid");
        problem.Str("detail").ShouldContain("'file'");
    }

    [Fact]
    public async Task Upload_WithABadDelimiter_IsA400()
    {
        using var response = await Client.PostUploadAsync("a.csv", Encoding.UTF8.GetBytes(Csv), delimiter: "::");
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("'::' is not a delimiter");
    }

    [Fact]
    public async Task Upload_BrokenCsv_IsA400WithLineAndColumn()
    {
        using var response = await Client.PostUploadAsync("a.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n\"x\"y,3\n"));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("line").GetInt32().ShouldBe(3);
        problem.GetProperty("column").GetInt32().ShouldBe(4);
        problem.Str("detail").ShouldStartWith("The file is not valid CSV");
    }

    [Fact]
    public async Task Upload_FileLargerThanTheImportLimit_IsA413TooLargeNamingTheSetting()
    {
        using var factory = new ExplorerFactory(null, services: s => s.Configure<ImportOptions>(o => o.MaxFileBytes = 20));
        var client = await ImportClient.CreateAsync(factory);
        using var response = await client.PostUploadAsync("a.csv", Encoding.UTF8.GetBytes(Csv));
        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.Str("code").ShouldBe("RelationsGraph.Request.TooLarge");
        problem.Str("title").ShouldBe("The request is too large");
        problem.Str("detail").ShouldContain("the largest accepted is 20 bytes (Import:MaxFileBytes)");
    }

    [Fact]
    public async Task GetUpload_Unknown_Is404()
    {
        using var response = await Client.Http.GetAsync(new Uri("/api/imports/uploads/nope", UriKind.Relative));
        (await ProblemAsync(response, HttpStatusCode.NotFound)).Str("code").ShouldBe("Neo.ClientError.Statement.EntityNotFound");
    }

    [Fact]
    public async Task Start_WithoutAnUploadId_IsA400()
    {
        using var response = await Client.PostStartAsync(new { mapping = TieMapping });
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("'uploadId'");
    }

    [Fact]
    public async Task Start_UnknownUpload_Is404()
    {
        using var response = await Client.PostStartAsync(new { uploadId = "nope", mapping = TieMapping });
        (await ProblemAsync(response, HttpStatusCode.NotFound)).Str("detail").ShouldContain("upload the file again");
    }

    [Fact]
    public async Task Start_WithNeitherMappingNorPreset_IsA400()
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        using var response = await Client.PostStartAsync(new { uploadId = upload.Str("id") });
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("Give a column mapping");
    }

    [Fact]
    public async Task Start_WithBothMappingAndPreset_IsA400()
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        using var response = await Client.PostStartAsync(new { uploadId = upload.Str("id"), mapping = TieMapping, preset = "cow-states" });
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("not both");
    }

    [Fact]
    public async Task Start_UnknownPreset_Is404()
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        using var response = await Client.PostStartAsync(new { uploadId = upload.Str("id"), preset = "nope" });
        (await ProblemAsync(response, HttpStatusCode.NotFound)).Str("detail").ShouldContain("no import preset 'nope'");
    }

    [Fact]
    public async Task Start_MappingWithWrongColumnsAndTypes_ListsEveryProblem()
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        var mapping = new
        {
            target = "ties",
            tie = new
            {
                type = new { @fixed = "FRIEND_OF" },
                from = new { column = "source" },
                to = new { column = "dst" },
                status = new { @fixed = "rumoured" },
            },
        };
        using var response = await Client.PostStartAsync(new { uploadId = upload.Str("id"), mapping });
        var detail = (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail");
        detail.ShouldStartWith("The column mapping has 3 problems");
        detail.ShouldContain("'FRIEND_OF' is not valid");
        detail.ShouldContain("the column 'source', which the file does not have");
        detail.ShouldContain("'rumoured' is not valid");
    }

    [Fact]
    public async Task Start_MappingWithAMisspeltField_IsA400NamingIt()
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        var mapping = JsonDocument.Parse("""{ "target": "ties", "tie": { "type": { "colum": "type" } } }""").RootElement;
        using var response = await Client.PostStartAsync(new { uploadId = upload.Str("id"), mapping });
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("colum");
    }

    [Fact]
    public async Task Start_GraphDocumentWithAPreset_IsA400()
    {
        var upload = await Client.UploadAsync("g.json", """{ "actors": [], "ties": [] }""");
        upload.Str("format").ShouldBe("graph");
        using var response = await Client.PostStartAsync(new { uploadId = upload.Str("id"), preset = "cow-states" });
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("imported as it is");
    }

    [Fact]
    public async Task Start_ValidRequest_Answers202WithTheJobAndItsLocation()
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        using var response = await Client.PostStartAsync(new { uploadId = upload.Str("id"), mapping = TieMapping, dryRun = true });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, body);
        var job = JsonDocument.Parse(body).RootElement;
        response.Headers.Location!.ToString().ShouldEndWith($"/api/imports/{job.Str("id")}");
        job.Str("state").ShouldBeOneOf("queued", "running", "succeeded");
        job.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        var done = await Client.WaitAsync(job.Str("id"));
        done.Str("state").ShouldBe("succeeded");
        done.GetProperty("percent").GetInt32().ShouldBe(100);
        done.Str("phase").ShouldBe("done");
        done.GetProperty("elapsedMs").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task GetJob_Unknown_Is404()
    {
        using var response = await Client.Http.GetAsync(new Uri("/api/imports/nope", UriKind.Relative));
        (await ProblemAsync(response, HttpStatusCode.NotFound)).Str("detail").ShouldContain("no import job 'nope'");
    }

    [Theory]
    [InlineData("action=maybe", "'maybe' is not a valid action")]
    [InlineData("limit=0", "'limit' must be between 1 and 1000")]
    [InlineData("limit=5000", "'limit' must be between 1 and 1000")]
    [InlineData("offset=-1", "'offset' must be between 0")]
    public async Task GetRows_BadPaging_IsA400(string query, string detail)
    {
        var upload = await Client.UploadAsync("a.csv", Csv);
        var job = await Client.RunAsync(upload.Str("id"), TieMapping);
        using var response = await Client.Http.GetAsync(new Uri($"/api/imports/{job.Str("id")}/rows?{query}", UriKind.Relative));
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).Str("detail").ShouldContain(detail);
    }

    [Fact]
    public async Task GetRows_Pages_ThroughTheOutcomes()
    {
        var csv = "src,dst,type,status\n" + string.Concat(Enumerable.Range(0, 7).Select(i => $"russia,ukraine,ARMED_CONFLICT,{(i % 2 == 0 ? "confirmed" : "bogus")}\n"));
        var upload = await Client.UploadAsync("p.csv", csv);
        var job = await Client.RunAsync(upload.Str("id"), TieMapping);
        var page = await Client.Http.GetJsonAsync($"/api/imports/{job.Str("id")}/rows?action=reject&offset=1&limit=2");
        page.GetProperty("total").GetInt32().ShouldBe(3);
        page.Items("rows").Select(r => r.Str("where")).ShouldBe(["line 5", "line 7"]);
    }

    [Fact]
    public async Task Presets_ListTheFilesAndTheExportReaders()
    {
        var presets = (await Client.Http.GetJsonAsync("/api/imports/presets")).EnumerateArray().ToList();
        presets.Select(p => p.Str("id")).ShouldBe(
            ["atop-defense-pacts", "atop-members", "cow-country-codes", "cow-states", "kiel-aid", "relationsgraph-actors", "relationsgraph-ties"]);
        var kiel = presets.Single(p => p.Str("id") == "kiel-aid");
        kiel.Str("target").ShouldBe("ties");
        kiel.Str("file").ShouldBe("kiel-ukraine-support-tracker/data_explorer.csv");
        kiel.Items("columns").Select(c => c.GetString()).ShouldBe(["country", "financial", "humanitarian", "iso", "military", "month", "total", "year"]);
    }

    [Fact]
    public async Task Preset_One_IsTheFullMapping()
    {
        var preset = await Client.Http.GetJsonAsync("/api/imports/presets/atop-members");
        preset.GetProperty("tie").GetProperty("from").Str("prefix").ShouldBe("cow-");
        preset.GetProperty("source").Str("publisher").ShouldContain("ATOP");
        using var response = await Client.Http.GetAsync(new Uri("/api/imports/presets/nope", UriKind.Relative));
        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ImportPage_HasTheUploadFormWithItsToken()
    {
        var page = await Client.Http.GetStringAsync(new Uri("/import", UriKind.Relative));
        page.ShouldContain("id=\"upload-form\"");
        page.ShouldContain("__RequestVerificationToken");
        page.ShouldContain("<meta name=\"csrf-token\"");
        page.ShouldContain("js/import/import.js");
        var export = await Client.Http.GetStringAsync(new Uri("/export", UriKind.Relative));
        export.ShouldContain("/api/export/graph.graphml");
    }
}
