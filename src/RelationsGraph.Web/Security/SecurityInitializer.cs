using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Web.Security;

/// <summary>
/// At start-up: applies the security store's schema and adds the accounts named in configuration. When the store has
/// no account at all, the first admin comes from <c>Auth:InitialAdminPassword</c>, or, once the server listens and only
/// on loopback, gets a random one-time password printed once. A server reachable from other machines with no account
/// and no configured password refuses to start: nobody could sign in, and the first to guess the setup would own it.
/// </summary>
internal sealed partial class SecurityInitializer(
    SecurityStore store,
    UserStore users,
    Passwords passwords,
    IOptions<AuthOptions> options,
    IServer server,
    IInitialPasswordNotice notice,
    ILogger<SecurityInitializer> logger) : IHostedLifecycleService
{
    public const string InitialAdminName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.ApplySchemaAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (typedName, configured) in options.Value.Users)
        {
            var name = UserNames.Normalize(typedName);
            var role = Roles.Parse(configured.Role)!;
            var hash = string.IsNullOrEmpty(configured.PasswordHash) ? passwords.Hash(configured.Password!) : configured.PasswordHash;
            if (await users.CreateAsync(name, role, hash, mustChangePassword: false, cancellationToken).ConfigureAwait(false))
            {
                LogConfiguredUserCreated(name, role);
            }
        }

        if (!string.IsNullOrEmpty(options.Value.InitialAdminPassword) && await users.CountAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            await users.CreateAsync(InitialAdminName, Roles.Admin, passwords.Hash(options.Value.InitialAdminPassword), mustChangePassword: false, cancellationToken).ConfigureAwait(false);
            LogInitialAdminFromConfiguration(InitialAdminName);
        }
    }

    /// <summary>After the server listens, when its addresses are known.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (await users.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var reachable = ServerBinding.Reachable(addresses);
        if (reachable.Count > 0)
        {
            throw new StartupRefusedException(RefusalMessage(reachable));
        }

        var password = Passwords.Generate();
        if (await users.CreateAsync(InitialAdminName, Roles.Admin, passwords.Hash(password), mustChangePassword: true, cancellationToken).ConfigureAwait(false))
        {
            LogOneTimeAdminCreated(InitialAdminName);
            notice.Show(InitialAdminName, password);
        }
    }

    internal static string RefusalMessage(IEnumerable<string> reachable) =>
        $"RelationsGraph refuses to start: it listens on {string.Join(", ", reachable)}, which other machines can reach, " +
        "and it has no user accounts. Set the first admin's password with the environment variable Auth__InitialAdminPassword " +
        "(or `dotnet user-secrets set Auth:InitialAdminPassword ...`), or start it once on a loopback address " +
        "(e.g. --urls http://127.0.0.1:5080) to get a one-time admin password.";

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the account {User} ({Role}) from configuration.")]
    private partial void LogConfiguredUserCreated(string user, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "No accounts yet: created {User} with the password from Auth:InitialAdminPassword.")]
    private partial void LogInitialAdminFromConfiguration(string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No accounts yet: created {User} with a one-time password, printed on the console; it must be changed at first sign-in.")]
    private partial void LogOneTimeAdminCreated(string user);
}
