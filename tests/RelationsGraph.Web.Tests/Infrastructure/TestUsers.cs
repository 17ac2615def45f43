using Microsoft.AspNetCore.Identity;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>
/// One account per role, given to every test app through configuration (<c>Auth:Users</c>) as password hashes, made
/// once per test run with the hasher the app uses (hashing is slow on purpose, and many apps start in a run).
/// </summary>
public static class TestUsers
{
    public static readonly TestUser Viewer = new("viewer", "viewer-password-1", Roles.Viewer);
    public static readonly TestUser Analyst = new("analyst", "analyst-password-1", Roles.Analyst);
    public static readonly TestUser Admin = new("admin", "admin-password-1", Roles.Admin);

    public static IReadOnlyList<TestUser> All { get; } = [Viewer, Analyst, Admin];

    public static TestUser For(string role) => All.Single(u => u.Role == role);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Settings = new(() =>
    {
        var hasher = new PasswordHasher<object>();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in All)
        {
            settings[$"Auth:Users:{user.Name}:Role"] = user.Role;
            settings[$"Auth:Users:{user.Name}:PasswordHash"] = hasher.HashPassword(new object(), user.Password);
        }

        return settings;
    });

    /// <summary>The settings that create the three accounts at start-up.</summary>
    public static IReadOnlyDictionary<string, string> Configuration => Settings.Value;
}
