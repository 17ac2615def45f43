namespace RelationsGraph.Web.Security;

/// <summary>The <c>Auth</c> section: accounts made at start-up, lock-out and sessions.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// When the store has no users, the password of the <c>admin</c> account made at first start. From the environment
    /// (<c>Auth__InitialAdminPassword</c>) or user-secrets only; without it a random one-time password is printed once.
    /// </summary>
    public string? InitialAdminPassword { get; set; }

    /// <summary>
    /// Accounts made at start-up when missing (never overwritten: the store is the truth once they exist), by name:
    /// <c>Auth:Users:alice:Role</c> and <c>Auth:Users:alice:PasswordHash</c> (or <c>:Password</c>, from the
    /// environment or user-secrets only).
    /// </summary>
    public Dictionary<string, ConfiguredUser> Users { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a session lasts without use (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often a session is checked against the store, so a disabled account or a changed role or password ends it.</summary>
    public TimeSpan RevalidateInterval { get; set; } = TimeSpan.FromMinutes(1);

    public int MinPasswordLength { get; set; } = 12;
}
