using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RelationsGraph.Web.Security;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Security;

/// <summary>The first start without accounts: a one-time admin password shown once, or one from configuration, or a refusal.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStart_NoUsersOnLoopback_ShowsAOneTimeAdminPasswordThatMustBeChanged()
    {
        var notice = new CapturingNotice();
        var logs = new CapturingLoggerProvider();
        using var factory = new ExplorerFactory(null, services: s =>
        {
            s.Replace(ServiceDescriptor.Singleton<IInitialPasswordNotice>(notice));
            s.AddSingleton<ILoggerProvider>(logs);
        }, withUsers: false);
        var (client, tokens) = factory.CreateBrowserLikeClient();
        notice.Shown.Count.ShouldBe(1);
        var (name, password) = notice.Shown[0];
        name.ShouldBe("admin");
        password.Length.ShouldBe(20);
        logs.Text.ShouldNotContain(password);

        using (var signedIn = await client.PostSignInAsync(name, password, returnUrl: "/console"))
        {
            signedIn.Headers.Location!.ToString().ShouldStartWith("/account/password");
        }

        tokens.Token = await client.PageTokenAsync();
        using (var api = await client.GetAsync(new Uri("/api/registry", UriKind.Relative)))
        {
            api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await api.Content.ReadAsStringAsync()).ShouldContain("RelationsGraph.Security.PasswordChangeRequired");
        }

        using (var change = await client.PostFormAsync("/account/password", "/account/password", new Dictionary<string, string>
        {
            ["Current"] = password,
            ["New"] = "a-new-chief-password",
            ["Confirm"] = "a-new-chief-password",
        }))
        {
            change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await client.GetAsync(new Uri("/api/registry", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        logs.Text.ShouldNotContain("a-new-chief-password");

        // A second start on the same store finds the account: nothing is shown again.
        using var again = new ExplorerFactory(factory.StorePath, services: s => s.Replace(ServiceDescriptor.Singleton<IInitialPasswordNotice>(notice)), withUsers: false);
        using var _ = again.CreateClient();
        notice.Shown.Count.ShouldBe(1);
    }

    [Fact]
    public async Task FirstStart_InitialAdminPasswordConfigured_CreatesTheAdminWithItAndShowsNothing()
    {
        var notice = new CapturingNotice();
        using var factory = new ExplorerFactory(null, services: s => s.Replace(ServiceDescriptor.Singleton<IInitialPasswordNotice>(notice)),
            settings: new Dictionary<string, string> { ["Auth:InitialAdminPassword"] = "configured-admin-password" }, withUsers: false);
        var (client, _) = factory.CreateBrowserLikeClient();
        using var response = await client.PostSignInAsync("admin", "configured-admin-password");
        response.Headers.Location!.ToString().ShouldBe("/");
        notice.Shown.ShouldBeEmpty();
    }

    [Fact]
    public void FirstStart_NoUsersAndReachableFromOtherMachines_RefusesToStartSayingWhatToDo()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new ExplorerFactory(null, "Production", services: s => s.AddSingleton<ILoggerProvider>(logs), withUsers: false);
        factory.UseKestrel(kestrel => kestrel.ListenAnyIP(0));
        Should.Throw<Exception>(() => factory.StartServer());
        logs.Text.ShouldContain(nameof(StartupRefusedException));
        logs.Text.ShouldContain("RelationsGraph refuses to start: it listens on http://");
        logs.Text.ShouldContain("which other machines can reach, and it has no user accounts");
        logs.Text.ShouldContain("Auth__InitialAdminPassword");
        logs.Text.ShouldContain("--urls http://127.0.0.1:5080");
    }

    [Fact]
    public void FirstStart_ReachableFromOtherMachinesWithConfiguredUsers_Starts()
    {
        using var factory = new ExplorerFactory(null, "Production");
        factory.UseKestrel(kestrel => kestrel.ListenAnyIP(0));
        Should.NotThrow(() => factory.StartServer());
    }

    [Theory]
    [InlineData("Auth:InitialAdminPassword")]
    [InlineData("Auth:Users:alice:Password")]
    public void Validator_PasswordFromASettingsFile_IsRefusedNamingTheSetting(string key)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("rg-settings-").FullName, "appsettings.json");
        var parts = key.Split(':');
        var json = parts.Length == 2
            ? $$$"""{"Auth":{"{{{parts[1]}}}":"a-password-in-a-file"}}"""
            : """{"Auth":{"Users":{"alice":{"Role":"Viewer","Password":"a-password-in-a-file"}}}}""";
        File.WriteAllText(file, json);
        var configuration = new ConfigurationBuilder().AddJsonFile(file).Build();
        var options = configuration.GetSection("Auth").Get<AuthOptions>()!;
        var result = new AuthOptionsValidator(configuration).Validate(null, options);
        result.Failed.ShouldBeTrue();
        result.FailureMessage!.ShouldContain(key);
        result.FailureMessage.ShouldContain("environment");
        result.FailureMessage.ShouldNotContain("a-password-in-a-file");
    }

    [Fact]
    public void Validator_UnknownRoleOrNoPassword_IsRefused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:Users:bob:Role"] = "Superuser",
            ["Auth:Users:bob:PasswordHash"] = "x",
            ["Auth:Users:carol:Role"] = "Viewer",
        }).Build();
        var result = new AuthOptionsValidator(configuration).Validate(null, configuration.GetSection("Auth").Get<AuthOptions>()!);
        result.FailureMessage!.ShouldContain("Auth:Users:bob:Role must be one of Viewer, Analyst, Admin");
        result.FailureMessage!.ShouldContain("Auth:Users:carol needs a PasswordHash or a Password");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("https://192.168.1.10:443", false)]
    [InlineData("http://example.org:80", false)]
    public void ServerBinding_Address_IsLoopbackOnlyForLocalAddresses(string address, bool loopback) =>
        ServerBinding.IsLoopback(address).ShouldBe(loopback);

    private sealed class CapturingNotice : IInitialPasswordNotice
    {
        public List<(string Name, string Password)> Shown { get; } = [];

        public void Show(string userName, string password) => Shown.Add((userName, password));
    }
}
