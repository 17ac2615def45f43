using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Browser;

/// <summary>Signing in and out in the browser, and a page shaped by the role: a Viewer's console offers saved queries only.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SignInPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Anonymous_OpeningTheConsole_SignsInAndLandsThereThenSignsOut()
    {
        await using var visit = await ExplorerPage.OpenAsync(fixture, "/console", storageState: "", waitReady: false);
        var page = visit.Page;
        page.Url.ShouldContain("/account/signin?returnUrl=%2Fconsole");
        await page.Locator("#signin-name").FillAsync(TestUsers.Viewer.Name);
        await page.Locator("#signin-password").FillAsync("not-the-password");
        await page.Locator("#btn-signin").ClickAsync();
        (await page.Locator("[data-testid='signin-error']").InnerTextAsync()).ShouldContain("The name or password is wrong");

        await page.Locator("#signin-password").FillAsync(TestUsers.Viewer.Password);
        await page.Locator("#btn-signin").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/console", StringComparison.Ordinal));
        await visit.WaitReadyAsync();
        (await page.Locator("[data-testid='session-user']").InnerTextAsync()).ShouldBe("viewer (Viewer)");

        // A Viewer runs saved queries as they are: no saving, no free editing, no writes; running still works.
        (await page.Locator("#btn-save-as").IsHiddenAsync()).ShouldBeTrue();
        (await page.Locator("#btn-delete").IsHiddenAsync()).ShouldBeTrue();
        (await page.Locator("#run-write").IsHiddenAsync()).ShouldBeTrue();
        (await page.Locator("a[href='/admin/users']").CountAsync()).ShouldBe(0);
        await page.Locator("[data-query='denied-ties']").ClickAsync();
        await visit.WaitReadyAsync();
        await page.Locator("#btn-run").ClickAsync();
        await visit.WaitReadyAsync();
        (await page.Locator("#run-status").InnerTextAsync()).ShouldContain("row");
        (await page.Locator("#query-error").IsHiddenAsync()).ShouldBeTrue();

        await page.Locator("#btn-signout").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await page.GotoAsync("/");
        page.Url.ShouldContain("/account/signin");
        visit.ShouldHaveNoErrors();
    }

    [Fact]
    public async Task Admin_UsersAndAuditPages_OpenWithoutScriptOrStyleErrors()
    {
        var admin = await fixture.SignInAsync(TestUsers.Admin);
        await using var visit = await ExplorerPage.OpenAsync(fixture, "/admin/users", storageState: admin, waitReady: false);
        var page = visit.Page;
        await page.Locator("tr[data-user='viewer']").WaitForAsync();
        await page.Locator("input[name='name']").FillAsync("erin");
        await page.Locator("#btn-create-user").ClickAsync();
        await page.Locator("[data-testid='one-time-password']").WaitForAsync();
        (await page.Locator("tr[data-user='erin']").CountAsync()).ShouldBe(1);

        await page.GotoAsync("/admin/audit?action=user.");
        (await page.Locator(".audit-table tbody").InnerTextAsync()).ShouldContain("user.create");
        visit.ShouldHaveNoErrors();
    }
}
