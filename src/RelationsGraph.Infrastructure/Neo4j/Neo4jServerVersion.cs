using System.Globalization;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// A server version: semantic (<c>5.26.1</c>) or calendar (<c>2025.03.0</c>); calendar versions sort after 5.x.
/// A version the server does not give (discovery hidden, as on Aura) or gives in a form not understood is taken as
/// 5.26, the long-term-support release this backend is built against: its feature gates hold (typed JSON, explicit
/// transactions on the Query API) and nothing newer is assumed (no <c>maxExecutionTime</c>). The backend logs a warning.
/// </summary>
internal readonly record struct Neo4jServerVersion(int Major, int Minor, string Text, bool IsKnown = true) : IComparable<Neo4jServerVersion>
{
    public static Neo4jServerVersion Unknown { get; } = new(5, 26, "unknown", IsKnown: false);

    public static Neo4jServerVersion Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unknown;
        }

        var parts = text.Split('.', '-');
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var minor)
            ? new Neo4jServerVersion(major, minor, text)
            : Unknown with { Text = text };
    }

    public bool AtLeast(int major, int minor) => CompareTo(new Neo4jServerVersion(major, minor, "")) >= 0;

    public int CompareTo(Neo4jServerVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public override string ToString() => Text;

    public static bool operator <(Neo4jServerVersion left, Neo4jServerVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(Neo4jServerVersion left, Neo4jServerVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(Neo4jServerVersion left, Neo4jServerVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Neo4jServerVersion left, Neo4jServerVersion right) => left.CompareTo(right) >= 0;
}
