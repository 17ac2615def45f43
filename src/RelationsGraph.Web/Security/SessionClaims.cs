using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace RelationsGraph.Web.Security;

/// <summary>What the session cookie says about its user: name, roles, the account's stamp and when it was last checked.</summary>
public static class SessionClaims
{
    public const string Stamp = "rg:stamp";
    public const string MustChangePassword = "rg:must-change-password";
    public const string CheckedAt = "rg:checked-at";

    public static ClaimsPrincipal For(UserAccount user, DateTimeOffset now)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Name),
            new(ClaimTypes.Name, user.Name),
            new(Stamp, user.Stamp),
            new(CheckedAt, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        claims.AddRange(user.Roles.Where(Roles.IsKnown).Select(role => new Claim(ClaimTypes.Role, role)));
        if (user.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static bool MustChange(this ClaimsPrincipal user) => user.HasClaim(MustChangePassword, "true");

    /// <summary>The highest role the session carries, or null.</summary>
    public static string? Role(this ClaimsPrincipal user) =>
        Roles.Highest(user.FindAll(ClaimTypes.Role).Select(c => c.Value));

    public static bool HasRoleAtLeast(this ClaimsPrincipal user, string minimum) =>
        Roles.AtLeast(minimum).Any(user.IsInRole);

    internal static DateTimeOffset? Checked(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(CheckedAt)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
