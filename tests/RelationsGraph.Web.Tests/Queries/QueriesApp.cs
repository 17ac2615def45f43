using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Queries;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Queries;

/// <summary>
/// The app over its own seeded embedded store (saved queries write to it), with a row cap small enough to test.
/// Shared by the query API tests. <see cref="Client"/> is an Analyst's (who saves queries and runs console reads);
/// <see cref="Admin"/> runs console writes.
/// </summary>
public sealed class QueriesApp : IAsyncLifetime
{
    public const int MaxRows = 100;

    public ExplorerFactory Factory { get; } = new(null, "Development", services => services.Configure<QueryConsoleOptions>(o => o.MaxRows = MaxRows));

    public HttpClient Client { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = await Factory.ClientAsync(TestUsers.Analyst);
        Admin = await Factory.ClientAsync(TestUsers.Admin);
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        Admin?.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class QueriesAppCollection : ICollectionFixture<QueriesApp>
{
    public const string Name = "queries app";
}

/// <summary>Posts and reads JSON, checking the status, so tests read as what they ask and expect.</summary>
public static class QueryHttp
{
    public static async Task<JsonElement> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        if (response.StatusCode >= HttpStatusCode.BadRequest)
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            text.ShouldNotContain("   at ", customMessage: "a stack trace leaked");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> PostJsonAsync(this HttpClient client, string url, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.SendJsonAsync(HttpMethod.Post, url, body, expected);

    /// <summary>Runs a library or saved query with the given parameters.</summary>
    public static Task<JsonElement> RunSavedAsync(this HttpClient client, string id, object? parameters = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        client.PostJsonAsync($"/api/queries/{id}/run", new { parameters = parameters ?? new { } }, expected);

    /// <summary>The values of one column of a run's rows.</summary>
    public static List<JsonElement> Column(this JsonElement run, string column)
    {
        var index = run.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList().IndexOf(column);
        index.ShouldBeGreaterThanOrEqualTo(0, $"no column '{column}'");
        return run.GetProperty("rows").EnumerateArray().Select(r => r[index]).ToList();
    }

    public static List<string?> Strings(this JsonElement run, string column) => run.Column(column).Select(v => v.ValueKind == JsonValueKind.Null ? null : v.ToString()).ToList();

    public static int RowCount(this JsonElement run) => run.GetProperty("rows").GetArrayLength();
}
