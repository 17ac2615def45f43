using System.Text.RegularExpressions;

namespace RelationsGraph.Web.Security;

/// <summary>User names: lower-case letters, digits, '.', '_', '-' and '@', 1 to 64 characters; compared as given lower-cased.</summary>
public static partial class UserNames
{
    public const int MaxLength = 64;

    public static string Normalize(string? name) => (name ?? "").Trim().ToLowerInvariant();

    public static bool IsValid(string name) => ValidName().IsMatch(name);

    /// <summary>A name fit for the audit trail, whatever was typed: cut and stripped of control characters.</summary>
    public static string ForAudit(string? typed)
    {
        var name = new string(Normalize(typed).Where(c => !char.IsControl(c)).Take(MaxLength).ToArray());
        return name.Length == 0 ? "(none)" : name;
    }

    [GeneratedRegex("^[a-z0-9._@-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}
