using System.Net;
using System.Text;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Errors;

/// <summary>
/// The 400s the framework answers itself (a value that does not bind, a body that is not JSON) are ProblemDetails like
/// every other error: application/problem+json, the app's code, a detail that says what was wrong, no internals.
/// </summary>
[Collection(SeededExplorerCollection.Name)]
public sealed class FrameworkProblemTests(SeededExplorer app)
{
    private const string RequestInvalid = "Neo.ClientError.Request.Invalid";

    [Theory]
    [InlineData("/api/graph/neighbourhood?actor=russia&depth=abc", "depth")]
    [InlineData("/api/graph/neighbourhood?actor=russia&limit=x", "limit")]
    [InlineData("/api/graph/path?from=russia&to=ukraine&confirmedOnly=maybe", "confirmedOnly")]
    [InlineData("/api/actors/%20", "id")]
    public async Task ValueThatDoesNotBind_Is400ProblemJsonWithTheCodeAndTheField(string url, string field)
    {
        var problem = await app.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe(RequestInvalid);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        problem.Str("detail").ShouldContain(field);
    }

    [Fact]
    public async Task MalformedJsonBody_Is400ProblemJsonWithTheCodeAndThePosition()
    {
        using var body = new StringContent("{\"query\": \"RETURN 1 AS one\",\n  \"parameters\": {,}}", Encoding.UTF8, "application/json");
        using var response = await app.As(TestUsers.Analyst).PostAsync(new Uri("/api/cypher", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        text.ShouldNotContain("   at ", customMessage: "a stack trace leaked");
        var problem = JsonDocument.Parse(text).RootElement;
        problem.Str("code").ShouldBe(RequestInvalid);
        problem.GetProperty("line").GetInt32().ShouldBe(2);
        problem.GetProperty("column").GetInt32().ShouldBe(18);
        problem.Str("detail").ShouldContain("line 2, byte 18");
    }

    [Fact]
    public async Task JsonValueOfTheWrongType_Is400ProblemJsonNamingItsPath()
    {
        using var body = new StringContent("{\"query\": \"RETURN 1\", \"write\": \"yes\"}", Encoding.UTF8, "application/json");
        using var response = await app.As(TestUsers.Analyst).PostAsync(new Uri("/api/cypher", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(text).RootElement;
        problem.Str("code").ShouldBe(RequestInvalid);
        problem.Str("path").ShouldBe("$.write");
    }
}
