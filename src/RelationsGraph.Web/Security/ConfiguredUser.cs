namespace RelationsGraph.Web.Security;

/// <summary>One account under <c>Auth:Users</c>.</summary>
public sealed class ConfiguredUser
{
    public string? Role { get; set; }

    /// <summary>A hash made by ASP.NET Core Identity's password hasher; safe in a settings file.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>A plain password: from the environment or user-secrets only, never a settings file.</summary>
    public string? Password { get; set; }
}
