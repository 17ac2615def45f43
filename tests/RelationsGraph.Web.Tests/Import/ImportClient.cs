using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>
/// Drives the import API as the page does, signed in (an Analyst by default: importing is their work) with the
/// anti-forgery token sent on every write: uploads files, starts jobs and waits for them, and reads the graph back
/// through the store.
/// </summary>
public sealed class ImportClient
{
    private ImportClient(ExplorerFactory factory, HttpClient http)
    {
        Factory = factory;
        Http = http;
    }

    public ExplorerFactory Factory { get; }

    public HttpClient Http { get; }

    /// <summary>A signed-in client; <paramref name="baseAddress"/> for an app on a real port (the browser tests').</summary>
    public static async Task<ImportClient> CreateAsync(ExplorerFactory factory, TestUser? user = null, bool antiforgery = true, Uri? baseAddress = null) =>
        new(factory, await factory.CreateClientAsync(user ?? TestUsers.Analyst, antiforgery, baseAddress));

    public IGraphBackend Backend => Factory.Services.GetRequiredService<IGraphBackend>();

    public async Task<HttpResponseMessage> PostUploadAsync(string fileName, byte[] bytes, string? delimiter = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        if (delimiter is not null)
        {
            form.Add(new StringContent(delimiter), "delimiter");
        }

        return await Http.PostAsync(new Uri("/api/imports/uploads", UriKind.Relative), form);
    }

    public async Task<JsonElement> UploadAsync(string fileName, string text, string? delimiter = null) =>
        await UploadAsync(fileName, Encoding.UTF8.GetBytes(text), delimiter);

    public async Task<JsonElement> UploadAsync(string fileName, byte[] bytes, string? delimiter = null)
    {
        using var response = await PostUploadAsync(fileName, bytes, delimiter);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> PostStartAsync(object body) =>
        await Http.PostAsync(new Uri("/api/imports", UriKind.Relative), JsonContent.Create(body));

    /// <summary>Starts a job and waits for it to finish; answers its final view.</summary>
    public async Task<JsonElement> RunAsync(string uploadId, object? mapping = null, string? preset = null, bool dryRun = true, bool skipRejected = false)
    {
        using var response = await PostStartAsync(new { uploadId, preset, mapping, dryRun, skipRejected });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, body);
        response.Headers.Location.ShouldNotBeNull();
        var job = JsonDocument.Parse(body).RootElement;
        return await WaitAsync(job.Str("id"));
    }

    public async Task<JsonElement> WaitAsync(string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var view = await Http.GetJsonAsync($"/api/imports/{jobId}");
            if (view.Str("state") is "succeeded" or "failed")
            {
                return view;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the import job did not finish");
            await Task.Delay(20);
        }
    }

    /// <summary>Upload then run in one go.</summary>
    public async Task<JsonElement> ImportAsync(string fileName, string text, object? mapping = null, string? preset = null, bool dryRun = false, bool skipRejected = false)
    {
        var upload = await UploadAsync(fileName, text);
        return await RunAsync(upload.Str("id"), mapping, preset, dryRun, skipRejected);
    }

    public async Task<List<JsonElement>> RowsAsync(JsonElement job, string? action = null)
    {
        var url = $"/api/imports/{job.Str("id")}/rows?limit=1000" + (action is null ? "" : $"&action={action}");
        return (await Http.GetJsonAsync(url)).Items("rows").ToList();
    }

    /// <summary>Runs a read query on the store and answers its rows as maps of column to value.</summary>
    public Task<List<Dictionary<string, object?>>> QueryAsync(string query, object? parameters = null) => QueryAsync(Backend, query, parameters);

    public async Task<long> CountAsync(string query, object? parameters = null) => await CountAsync(Backend, query, parameters);

    public static async Task<long> CountAsync(IGraphBackend backend, string query, object? parameters = null) =>
        (long)(await QueryAsync(backend, query, parameters)).Single().Values.Single()!;

    public static async Task<List<Dictionary<string, object?>>> QueryAsync(IGraphBackend backend, string query, object? parameters = null)
    {
        var map = parameters is null
            ? new Dictionary<string, object?>()
            : parameters.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters));
        var result = await backend.RunAsync(new QueryRequest(query, map, MaxRows: 1_000_000));
        return result.Rows.Select(r => result.Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();
    }


    /// <summary>Empties the store of domain data (the seed included), keeping the schema.</summary>
    public async Task ClearAsync() =>
        await Backend.RunAsync(new QueryRequest("MATCH (n) WHERE n:Actor OR n:Source OR n:Evidence DETACH DELETE n", Mode: AccessMode.Write));
}
