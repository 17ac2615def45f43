namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// The <c>Graph:Neo4j</c> section. Set <c>Graph__Neo4j__Uri</c>, <c>Graph__Neo4j__User</c> and
/// <c>Graph__Neo4j__Password</c> in the environment (or user-secrets); never put the password in appsettings.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Graph:Neo4j";

    /// <summary>Base address of the server's HTTP port, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The database every request runs against.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for Basic authentication; empty together with an empty password means no Authorization header.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>Password for Basic authentication. Comes from the environment or user-secrets; never logged.</summary>
    public string? Password { get; set; }

    /// <summary>A bearer token (SSO); when set it is sent instead of Basic credentials, verbatim.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Default statement timeout when a request names none; the HTTP attempt gets <see cref="TimeoutGrace"/> on top.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Extra client-side time past the statement timeout, so that the server's own timeout answers first.</summary>
    public TimeSpan TimeoutGrace { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap on returned rows when a request names none; null means no cap. Defaults to <c>Graph:MaxRows</c>.</summary>
    public int? MaxRows { get; set; }

    /// <summary>Timeout of the discovery request at start-up.</summary>
    public TimeSpan DiscoveryTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First retry delay; each next one doubles, with ±20 % jitter.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retrying stops once this much time has passed since the first attempt (at least two attempts are made).</summary>
    public TimeSpan MaxRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed within the sampling window before the circuit may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 4;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit answers at once before letting one probe through.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an idle explicit transaction is kept alive (the Query API's default idle timeout is one minute, the legacy API's 30 s).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Folder of schema statements applied at start-up. Relative paths are tried against the working folder and the app folder.</summary>
    public string SchemaPath { get; set; } = "cypher/schema";

    /// <summary>
    /// Whether the backend's own start-up applies <see cref="SchemaPath"/>. Off by default: the web app's initializer
    /// applies cypher/schema and cypher/seed to whichever backend is configured.
    /// </summary>
    public bool ApplySchemaOnStart { get; set; }

    /// <summary>"Auto" (discover), "QueryApi" or "Legacy": skips discovery when set.</summary>
    public string Endpoint { get; set; } = "Auto";
}
