namespace RelationsGraph.Web.Security;

/// <summary>One account as the security store keeps it (<c>(:User)</c>). Times are UTC.</summary>
public sealed record UserAccount(
    string Name,
    IReadOnlyList<string> Roles,
    string PasswordHash,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    bool MustChangePassword,
    bool Disabled,
    string Stamp,
    DateTimeOffset? CreatedAt)
{
    /// <summary>The highest known role, or null when the account has none (it then passes no role check).</summary>
    public string? Role => Security.Roles.Highest(Roles);

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
