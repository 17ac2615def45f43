using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>
/// Drives the import API as the page does: fetches the anti-forgery token from /import (the client keeps the
/// cookie), uploads files, starts jobs and waits for them, and reads the graph back through the store.
/// </summary>
public sealed partial class ImportClient(ExplorerFactory factory)
{
    private string? _token;

    public ExplorerFactory Factory { get; } = factory;

    public HttpClient Http { get; } = factory.CreateClient();

    public IGraphBackend Backend => Factory.Services.GetRequiredService<IGraphBackend>();

    public async Task<string> TokenAsync()
    {
        if (_token is null)
        {
            var page = await Http.GetStringAsync(new Uri("/import", UriKind.Relative));
            _token = TokenField().Match(page).Groups[1].Value;
            _token.ShouldNotBeNullOrEmpty("the import page carries an anti-forgery token");
        }

        return _token;
    }

    public async Task<HttpResponseMessage> PostUploadAsync(string fileName, byte[] bytes, string? delimiter = null, bool withToken = true)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        if (delimiter is not null)
        {
            form.Add(new StringContent(delimiter), "delimiter");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/uploads") { Content = form };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", await TokenAsync());
        }

        return await Http.SendAsync(request);
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

    public async Task<HttpResponseMessage> PostStartAsync(object body, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = JsonContent.Create(body) };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", await TokenAsync());
        }

        return await Http.SendAsync(request);
    }

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
    public async Task<List<Dictionary<string, object?>>> QueryAsync(string query, object? parameters = null)
    {
        var map = parameters is null
            ? new Dictionary<string, object?>()
            : parameters.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters));
        var result = await Backend.RunAsync(new QueryRequest(query, map, MaxRows: 1_000_000));
        return result.Rows.Select(r => result.Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();
    }

    public async Task<long> CountAsync(string query, object? parameters = null) =>
        (long)(await QueryAsync(query, parameters)).Single().Values.Single()!;

    /// <summary>Empties the store of domain data (the seed included), keeping the schema.</summary>
    public async Task ClearAsync() =>
        await Backend.RunAsync(new QueryRequest("MATCH (n) WHERE n:Actor OR n:Source OR n:Evidence DETACH DELETE n", Mode: AccessMode.Write));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
