namespace RelationsGraph.Web.Security;

/// <summary>
/// The three roles, each allowed what the one before it is and more: a Viewer explores and runs saved queries
/// read-only; an Analyst also edits data, imports and saves or writes console queries; an Admin also manages users,
/// reads the audit trail and runs write queries in the console. Each role's name is also the name of its policy.
/// </summary>
public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    /// <summary>Lowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    /// <summary>The roles that meet <paramref name="minimum"/>: itself and every role above it.</summary>
    public static string[] AtLeast(string minimum) => All.Skip(Rank(minimum)).ToArray();

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The role as spelt here, for input in any case; null when it is none of the three.</summary>
    public static string? Parse(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The highest of <paramref name="roles"/>, or null when none is known.</summary>
    public static string? Highest(IEnumerable<string> roles) =>
        roles.Where(IsKnown).OrderByDescending(Rank).FirstOrDefault();

    private static int Rank(string role)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == role)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role.");
    }
}
