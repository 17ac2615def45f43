using Microsoft.Extensions.Options;

namespace RelationsGraph.Web.Security;

/// <summary>
/// Checks a name and password against the store: a locked or disabled account is refused without looking at the
/// password, a wrong password counts towards lock-out, and an unknown name costs the same time as a wrong password.
/// </summary>
public sealed class SignInService(UserStore users, Passwords passwords, IOptions<AuthOptions> options, TimeProvider time)
{
    public async Task<(SignInOutcome Outcome, UserAccount? User)> AttemptAsync(string name, string password, CancellationToken ct)
    {
        var user = UserNames.IsValid(name) ? await users.FindAsync(name, ct).ConfigureAwait(false) : null;
        if (user is null)
        {
            Passwords.VerifyDecoy(password);
            return (SignInOutcome.UnknownUser, null);
        }

        var now = time.GetUtcNow();
        if (user.IsLockedAt(now))
        {
            return (SignInOutcome.LockedOut, null);
        }

        if (password.Length > Passwords.MaxLength || Passwords.Verify(user.PasswordHash, password) is not { } rehash)
        {
            var locked = await users.RecordFailureAsync(user.Name, options.Value.MaxFailedAttempts, now + options.Value.LockoutDuration, ct).ConfigureAwait(false);
            return (locked ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword, null);
        }

        if (user.Disabled)
        {
            return (SignInOutcome.Disabled, null);
        }

        if (user.Role is null)
        {
            return (SignInOutcome.NoRole, null);
        }

        await users.RecordSuccessAsync(user.Name, ct).ConfigureAwait(false);
        if (rehash)
        {
            await users.RehashAsync(user.Name, passwords.Hash(password), ct).ConfigureAwait(false);
        }

        return (SignInOutcome.Succeeded, user);
    }
}
