using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

/// <summary>
/// With a global anti-forgery policy switched on (as sign-in will), the JSON endpoints refuse a request without the
/// token and take one that sends it in the <c>RequestVerificationToken</c> header, as the app's own clients do.
/// </summary>
public sealed class AntiforgeryReadinessTests : IDisposable
{
    private readonly EditingApp _app = EditingApp.With(services =>
        services.Configure<MvcOptions>(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute())));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task JsonPost_WithoutTokenUnderAGlobalPolicy_IsRefused()
    {
        var id = EditingApp.NewId("actor");
        using var content = new StringContent($$"""{"id":"{{id}}","name":"Unsigned","kind":"state"}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await _app.Client.PostAsync(new Uri("/api/actors", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await _app.Client.GetProblemAsync($"/api/actors/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task JsonPost_WithTheTokenHeaderUnderAGlobalPolicy_IsAccepted()
    {
        var id = EditingApp.NewId("actor");
        await _app.Client.SendOkAsync(HttpMethod.Post, "/api/actors", new { id, name = "Signed", kind = "state" }, HttpStatusCode.Created);
        (await _app.Client.GetJsonAsync($"/api/actors/{id}")).Str("name").ShouldBe("Signed");
    }
}
