using System.Globalization;
using System.Security.Cryptography;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Security;

/// <summary>
/// Accounts in the security store, in parameterised Cypher. Each change is one statement, so counting failures and
/// locking is race-free on either backend. Times are stored as fixed-width UTC ISO-8601 strings, which sort and
/// compare as times do.
/// </summary>
public sealed class UserStore(SecurityStore store, TimeProvider time)
{
    private const string Columns =
        "u.name AS name, u.roles AS roles, u.passwordHash AS passwordHash, u.failedAttempts AS failedAttempts, " +
        "u.lockedUntil AS lockedUntil, u.mustChangePassword AS mustChangePassword, u.disabled AS disabled, " +
        "u.stamp AS stamp, u.createdAt AS createdAt";

    internal const string CountQuery = "MATCH (u:User) RETURN count(u) AS users";
    internal const string FindQuery = $"MATCH (u:User {{name: $name}}) RETURN {Columns}";
    internal const string ListQuery = $"MATCH (u:User) RETURN {Columns} ORDER BY name";

    internal const string CreateQuery = """
        CREATE (u:User {name: $name, roles: $roles, passwordHash: $hash, failedAttempts: 0, mustChangePassword: $mustChange,
                        disabled: false, stamp: $stamp, createdAt: $now})
        RETURN u.name AS name
        """;

    internal const string SetRolesQuery = "MATCH (u:User {name: $name}) SET u.roles = $roles, u.stamp = $stamp RETURN u.name AS name";

    internal const string SetPasswordQuery = """
        MATCH (u:User {name: $name})
        SET u.passwordHash = $hash, u.mustChangePassword = $mustChange, u.stamp = $stamp, u.failedAttempts = 0, u.lockedUntil = null
        RETURN u.name AS name
        """;

    /// <summary>A rehash after sign-in (the hasher asked for a stronger format): the session stays valid.</summary>
    internal const string RehashQuery = "MATCH (u:User {name: $name}) SET u.passwordHash = $hash RETURN u.name AS name";

    internal const string SetDisabledQuery = "MATCH (u:User {name: $name}) SET u.disabled = $disabled, u.stamp = $stamp RETURN u.name AS name";

    internal const string UnlockQuery = "MATCH (u:User {name: $name}) SET u.failedAttempts = 0, u.lockedUntil = null RETURN u.name AS name";

    internal const string RecordFailureQuery = """
        MATCH (u:User {name: $name})
        WITH u, coalesce(u.failedAttempts, 0) + 1 AS failures
        SET u.failedAttempts = CASE WHEN failures >= $max THEN 0 ELSE failures END,
            u.lockedUntil = CASE WHEN failures >= $max THEN $until ELSE u.lockedUntil END
        RETURN failures >= $max AS locked
        """;

    internal const string RecordSuccessQuery = "MATCH (u:User {name: $name}) SET u.failedAttempts = 0, u.lockedUntil = null RETURN u.name AS name";

    private IGraphBackend Backend => store.Backend;

    public async Task<long> CountAsync(CancellationToken ct)
    {
        var result = await Backend.RunAsync(new QueryRequest(CountQuery), ct).ConfigureAwait(false);
        return Convert.ToInt64(result.Rows[0][0], CultureInfo.InvariantCulture);
    }

    public async Task<UserAccount?> FindAsync(string name, CancellationToken ct)
    {
        var result = await Backend.RunAsync(new QueryRequest(FindQuery, Parameters(("name", name))), ct).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : FromRow(result.Columns, result.Rows[0]);
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct)
    {
        var result = await Backend.RunAsync(new QueryRequest(ListQuery), ct).ConfigureAwait(false);
        return result.Rows.Select(row => FromRow(result.Columns, row)).ToList();
    }

    /// <summary>Adds an account; false when one with the name exists already.</summary>
    public async Task<bool> CreateAsync(string name, string role, string passwordHash, bool mustChangePassword, CancellationToken ct)
    {
        try
        {
            // Not idempotent: sent again after a lost answer, it would report the account it had just made as taken.
            var parameters = Parameters(
                ("name", name), ("roles", new List<object?> { role }), ("hash", passwordHash),
                ("mustChange", mustChangePassword), ("stamp", NewStamp()), ("now", Format(time.GetUtcNow())));
            await Backend.RunAsync(new QueryRequest(CreateQuery, parameters, AccessMode.Write), ct).ConfigureAwait(false);
            return true;
        }
        catch (CypherException ex) when (ex.Code == Neo4jCodes.ConstraintValidationFailed)
        {
            return false;
        }
    }

    /// <summary>Sets the account's role; its sessions end at their next check.</summary>
    public Task<bool> SetRoleAsync(string name, string role, CancellationToken ct) =>
        WriteAsync(SetRolesQuery, ct, ("name", name), ("roles", new List<object?> { role }), ("stamp", NewStamp()));

    /// <summary>Sets a new password hash and unlocks; sessions made with the old password end at their next check.</summary>
    public Task<bool> SetPasswordAsync(string name, string passwordHash, bool mustChangePassword, CancellationToken ct) =>
        WriteAsync(SetPasswordQuery, ct, ("name", name), ("hash", passwordHash), ("mustChange", mustChangePassword), ("stamp", NewStamp()));

    public Task<bool> RehashAsync(string name, string passwordHash, CancellationToken ct) =>
        WriteAsync(RehashQuery, ct, ("name", name), ("hash", passwordHash));

    public Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken ct) =>
        WriteAsync(SetDisabledQuery, ct, ("name", name), ("disabled", disabled), ("stamp", NewStamp()));

    public Task<bool> UnlockAsync(string name, CancellationToken ct) => WriteAsync(UnlockQuery, ct, ("name", name));

    /// <summary>Counts a wrong password; the <paramref name="maxAttempts"/>-th in a row locks the account until <paramref name="until"/>. True when this one locked it.</summary>
    public async Task<bool> RecordFailureAsync(string name, int maxAttempts, DateTimeOffset until, CancellationToken ct)
    {
        var result = await Backend.RunAsync(
            new QueryRequest(RecordFailureQuery, Parameters(("name", name), ("max", (long)maxAttempts), ("until", Format(until))), AccessMode.Write),
            ct).ConfigureAwait(false);
        return result.Rows.Count > 0 && result.Rows[0][0] is true;
    }

    public Task<bool> RecordSuccessAsync(string name, CancellationToken ct) => WriteAsync(RecordSuccessQuery, ct, ("name", name));

    /// <summary>UTC, fixed width to the millisecond: strings in this form order as the times do.</summary>
    internal static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static DateTimeOffset? ParseTime(object? value) =>
        value is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A write that sets fixed values on one account found by name, so running it twice changes nothing more.</summary>
    private async Task<bool> WriteAsync(string query, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        var result = await Backend.RunAsync(new QueryRequest(query, Parameters(values), AccessMode.Write, Idempotent: true), ct).ConfigureAwait(false);
        return result.Rows.Count > 0;
    }

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            map[name] = value;
        }

        return map;
    }

    private static UserAccount FromRow(IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
        object? Get(string column)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] == column)
                {
                    return row[i];
                }
            }

            throw new InvalidOperationException($"The column '{column}' is missing from the result.");
        }

        return new UserAccount(
            (string)Get("name")!,
            Get("roles") is IEnumerable<object?> roles ? roles.OfType<string>().ToList() : [],
            Get("passwordHash") as string ?? "",
            Get("failedAttempts") is { } failures ? Convert.ToInt32(failures, CultureInfo.InvariantCulture) : 0,
            ParseTime(Get("lockedUntil")),
            Get("mustChangePassword") is true,
            Get("disabled") is true,
            Get("stamp") as string ?? "",
            ParseTime(Get("createdAt")));
    }
}
