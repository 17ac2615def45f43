using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>The import workflow over HTTP, as the import page drives it: upload a file, start a job, poll it to its end.</summary>
internal static class ImportApi
{
    /// <summary>Uploads <paramref name="text"/> as a file and gives the upload's id.</summary>
    public static async Task<string> UploadAsync(HttpClient client, string name, string text)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name } };
        using var response = await client.PostAsync(new Uri("/api/imports/uploads", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Starts a dry run or an import of <paramref name="upload"/> and waits (two minutes at most) until the job has ended.</summary>
    public static async Task<(string Id, JsonElement Job)> RunAsync(HttpClient client, string upload, object mapping, bool dryRun, bool skipRejected = false)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/imports", UriKind.Relative), new { uploadId = upload, mapping, dryRun, skipRejected });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        JsonElement job;
        do
        {
            await Task.Delay(20);
            job = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/imports/{id}", UriKind.Relative))).RootElement.Clone();
            DateTime.UtcNow.ShouldBeLessThan(deadline);
        }
        while (job.GetProperty("state").GetString() is "queued" or "running");

        return (id, job);
    }
}
