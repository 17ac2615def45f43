using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationsGraph.Web.Tests.Editing;

/// <summary>
/// Sends edits as JSON (the signed-in client adds the anti-forgery header, as the app's scripts do) or as posted forms
/// (with the token of the form page they came from, as a browser does).
/// </summary>
public static partial class EditHttp
{
    public static string FormToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("The page has no anti-forgery token.");

    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(this HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json, response);
    }

    public static async Task<JsonElement> SendOkAsync(this HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        var (status, json, response) = await client.SendAsync(method, url, body);
        using (response)
        {
            status.ShouldBe(expected, json.ValueKind == JsonValueKind.Undefined ? "" : json.GetRawText());
        }

        return json;
    }

    /// <summary>Sends an edit that must be refused with <paramref name="expected"/>; returns its problem document.</summary>
    public static async Task<JsonElement> RefusedAsync(this HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        var (status, json, response) = await client.SendAsync(method, url, body);
        using (response)
        {
            status.ShouldBe(expected, json.ValueKind == JsonValueKind.Undefined ? "" : json.GetRawText());
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }

        json.GetRawText().ShouldNotContain("   at ", customMessage: "a stack trace leaked");
        return json;
    }

    /// <summary>The messages a problem gives for one field.</summary>
    public static IReadOnlyList<string> FieldErrors(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var list)
            ? list.EnumerateArray().Select(m => m.GetString() ?? "").ToList()
            : [];

    /// <summary>Posts a form as a browser would: with the token from the form page it came from.</summary>
    public static async Task<(HttpStatusCode Status, string Html, Uri? Location)> PostPageFormAsync(this HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", FormToken(page)));
        using var content = new FormUrlEncodedContent(all);
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
