using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Security;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Security;

/// <summary>Signing in through the page: success, the one message for every failure, lock-out and its end, open redirects.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task SignIn_RightPassword_SetsAnHttpOnlyLaxSessionCookieAndGoesToTheReturnUrl()
    {
        using var factory = new ExplorerFactory();
        var (client, _) = factory.CreateBrowserLikeClient();
        using var response = await client.PostSignInAsync("Viewer", TestUsers.Viewer.Password, returnUrl: "/console");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/console");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SecurityHostingExtensions.SessionCookie + "=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        cookie.ShouldNotContain("secure", Case.Insensitive, "plain HTTP on loopback: a Secure cookie would never come back");
        (await client.GetAsync(new Uri("/api/registry", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_OverHttps_MarksTheSessionCookieSecure()
    {
        using var factory = new ExplorerFactory();
        factory.ClientOptions.BaseAddress = new Uri("https://localhost");
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var form = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SecurityHostingExtensions.AntiforgeryCookie, StringComparison.Ordinal))
            .ShouldContain("secure", Case.Insensitive);
        using var response = await client.PostSignInAsync(TestUsers.Viewer.Name, TestUsers.Viewer.Password);
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SecurityHostingExtensions.SessionCookie + "=", StringComparison.Ordinal))
            .ShouldContain("secure", Case.Insensitive);
    }

    [Theory]
    [InlineData("viewer", "wrong-password-1")]
    [InlineData("nobody", "viewer-password-1")]
    public async Task SignIn_WrongNameOrPassword_ShowsTheSameMessageAndSetsNoSession(string name, string password)
    {
        using var factory = new ExplorerFactory();
        var (client, _) = factory.CreateBrowserLikeClient();
        using var response = await client.PostSignInAsync(name, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The name or password is wrong, or the account is locked");
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith(SecurityHostingExtensions.SessionCookie + "=", StringComparison.Ordinal));
        (await client.GetAsync(new Uri("/api/registry", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_RepeatedFailures_LockTheAccountEvenForTheRightPasswordUntilTheLockEnds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new ExplorerFactory(null, services: s => s.AddSingleton<TimeProvider>(time), settings: new Dictionary<string, string>
        {
            ["Auth:MaxFailedAttempts"] = "3",
            ["Auth:LockoutDuration"] = "00:10:00",
        });
        var (client, _) = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostSignInAsync("analyst", "wrong-password-" + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var users = factory.Services.GetRequiredService<UserStore>();
        (await users.FindAsync("analyst", default))!.LockedUntil!.Value.ShouldBe(time.GetUtcNow().AddMinutes(10), TimeSpan.FromMilliseconds(1));
        using (var locked = await client.PostSignInAsync("analyst", TestUsers.Analyst.Password))
        {
            locked.StatusCode.ShouldBe(HttpStatusCode.OK, "the right password does not open a locked account: the form comes back");
        }

        time.Advance(TimeSpan.FromMinutes(11));
        using var after = await client.PostSignInAsync("analyst", TestUsers.Analyst.Password);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await users.FindAsync("analyst", default))!.FailedAttempts.ShouldBe(0);
    }

    [Fact]
    public async Task SignIn_LockedAccount_IsOpenedByAnAdminsUnlock()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Auth:MaxFailedAttempts"] = "2" });
        var (client, _) = factory.CreateBrowserLikeClient();
        (await client.PostSignInAsync("viewer", "wrong-password-a")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostSignInAsync("viewer", "wrong-password-b")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostSignInAsync("viewer", TestUsers.Viewer.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await factory.ClientAsync(TestUsers.Admin);
        using var unlock = await admin.PostFormAsync("/admin/users", "/admin/users/viewer/unlock", new Dictionary<string, string>());
        unlock.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostSignInAsync("viewer", TestUsers.Viewer.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task SignIn_ReturnUrlToAnotherSite_GoesHomeInstead(string returnUrl)
    {
        using var factory = new ExplorerFactory();
        var (client, _) = factory.CreateBrowserLikeClient();
        using var response = await client.PostSignInAsync("viewer", TestUsers.Viewer.Password, returnUrl);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Session_RoleChangedByAnAdmin_EndsAtItsNextCheck()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Auth:RevalidateInterval"] = "00:00:00" });
        using var analyst = await factory.ClientAsync(TestUsers.Analyst);
        (await analyst.GetAsync(new Uri("/api/registry", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await factory.ClientAsync(TestUsers.Admin);
        (await admin.PostFormAsync("/admin/users", "/admin/users/analyst/role", new Dictionary<string, string> { ["role"] = "Viewer" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await analyst.GetAsync(new Uri("/api/registry", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_Attempts_AreInTheAuditTrailWithoutThePassword()
    {
        using var factory = new ExplorerFactory();
        var (client, _) = factory.CreateBrowserLikeClient();
        await client.PostSignInAsync("viewer", "secret-typo-password");
        await client.PostSignInAsync("viewer", TestUsers.Viewer.Password);

        using var admin = await factory.ClientAsync(TestUsers.Admin);
        var trail = await admin.GetJsonAsync("/api/audit?user=viewer&action=account.signin");
        var outcomes = trail.EnumerateArray().Select(e => e.Str("outcome")).ToList();
        outcomes.ShouldBe(["ok: Succeeded", "refused: WrongPassword"]);
        trail.EnumerateArray().First().Str("remoteIp").ShouldNotBeEmpty();

        var everything = await factory.Services.GetRequiredService<SecurityStore>().Backend.RunAsync(
            new QueryRequest("MATCH (n) RETURN properties(n) AS p"));
        var text = string.Join("\n", everything.Rows.Select(r => System.Text.Json.JsonSerializer.Serialize(r[0])));
        text.ShouldNotContain("secret-typo-password");
        text.ShouldNotContain(TestUsers.Viewer.Password);
        text.ShouldContain("account.signin");
    }
}
