namespace RelationsGraph.Web.Security;

/// <summary>The <c>Security</c> section: where users and the audit trail live, request limits and rate limits.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// The SQLite file of the security store (users, audit trail), kept apart from the graph so that no console query
    /// can read a password hash or rewrite the trail. Empty means beside the embedded graph file
    /// (<c>graph.db</c> → <c>graph.security.db</c>), in memory when the graph is, or <c>RelationsGraph/security.db</c>
    /// under the user's data folder when the graph is on Neo4j.
    /// </summary>
    public string? StorePath { get; set; }

    /// <summary>Largest request body, in bytes, for every endpoint not marked as an upload.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest request body, in bytes, for upload endpoints (see <see cref="UploadAttribute"/>).</summary>
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Sign-in attempts per minute from one address.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Query runs (console and saved) per minute for one user.</summary>
    public int QueriesPerMinute { get; set; } = 120;

    /// <summary>
    /// Graph reads (<c>/api/graph/neighbourhood</c>, <c>/api/graph/path</c>) one user may make per
    /// <see cref="GraphWindowSeconds"/>. Wider than the query limit: expanding, filtering and scrubbing the timeline
    /// in the explorer asks for several a second, while a script looping over the API still meets a ceiling.
    /// A load test from one account raises it (bench/web/serve.sh sets <c>Security__GraphRequestsPerWindow</c>).
    /// </summary>
    public int GraphRequestsPerWindow { get; set; } = 600;

    /// <summary>The window of <see cref="GraphRequestsPerWindow"/>, in seconds.</summary>
    public int GraphWindowSeconds { get; set; } = 10;

    /// <summary>
    /// Whether plain HTTP from other machines is served. Off: plain HTTP is answered only on loopback (the local
    /// two-command run); from elsewhere put the app behind TLS (a reverse proxy on this machine sends X-Forwarded-Proto).
    /// </summary>
    public bool AllowPlainHttp { get; set; }
}
