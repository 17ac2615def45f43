using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>
/// Clients that act as a user the way a browser does: through the real sign-in page (form token, name, password),
/// keeping the session cookie, and sending the anti-forgery token from the page's meta tag on every write.
/// </summary>
public static partial class SignIn
{
    /// <summary>A client signed in as <paramref name="user"/>; with <paramref name="antiforgery"/> off it never sends the token header.</summary>
    public static async Task<HttpClient> CreateClientAsync(this WebApplicationFactory<Program> factory, TestUser user, bool antiforgery = true, Uri? baseAddress = null)
    {
        var (client, tokens) = factory.CreateBrowserLikeClient(baseAddress);
        using (var response = await client.PostSignInAsync(user.Name, user.Password))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in as {user.Name}: {await response.Content.ReadAsStringAsync()}");
        }

        if (antiforgery)
        {
            tokens.Token = await client.PageTokenAsync();
        }

        return client;
    }

    /// <summary>A client with a cookie jar and a token handler, not signed in (<paramref name="baseAddress"/> for an app on a real port).</summary>
    public static (HttpClient Client, AntiforgeryHeaderHandler Tokens) CreateBrowserLikeClient(this WebApplicationFactory<Program> factory, Uri? baseAddress = null)
    {
        var tokens = new AntiforgeryHeaderHandler();
        var client = factory.CreateDefaultClient(baseAddress ?? new Uri("http://localhost"), new CookieContainerHandler(), tokens);
        return (client, tokens);
    }

    /// <summary>Posts the sign-in form as the page does (with the form's own anti-forgery token).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string name, string password, string? returnUrl = null)
    {
        var formToken = await client.FormTokenAsync("/account/signin");
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Password"] = password,
            ["__RequestVerificationToken"] = formToken,
        };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/account/signin", UriKind.Relative), content);
    }

    /// <summary>The hidden anti-forgery field of the form on <paramref name="page"/>.</summary>
    public static async Task<string> FormTokenAsync(this HttpClient client, string page)
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var match = FormTokenPattern().Match(html);
        match.Success.ShouldBeTrue($"no anti-forgery field on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The token the layout gives scripts (meta csrf-token) on a page a signed-in user can open.</summary>
    public static async Task<string> PageTokenAsync(this HttpClient client, string page = "/account/password")
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var match = MetaTokenPattern().Match(html);
        match.Success.ShouldBeTrue($"no csrf-token meta tag on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts an HTML form with the anti-forgery field taken from <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await client.FormTokenAsync(formPage) };
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenPattern();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaTokenPattern();
}
