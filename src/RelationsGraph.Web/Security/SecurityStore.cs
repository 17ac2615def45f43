using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;
using RelationsGraph.Infrastructure;

namespace RelationsGraph.Web.Security;

/// <summary>
/// The store of users and the audit trail: an embedded graph store in its own SQLite file, spoken to in Cypher like
/// any <see cref="IGraphBackend"/>. It is kept apart from the network's store on purpose: the query console runs any
/// read query a signed-in Analyst types (and Admins' writes), and that store must not hold password hashes or a trail
/// that its own users could rewrite.
/// </summary>
public sealed class SecurityStore(IGraphBackend backend) : IDisposable
{
    /// <summary>Constraints and indexes, applied at every start (idempotent).</summary>
    internal static readonly string[] Schema =
    [
        "CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.name IS UNIQUE",
        "CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE",
        "CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)",
        "CREATE INDEX audit_user IF NOT EXISTS FOR (e:AuditEvent) ON (e.user)",
    ];

    public IGraphBackend Backend { get; } = backend;

    /// <summary>Opens the configured file, resolving the default beside the graph's (see <see cref="SecurityOptions.StorePath"/>).</summary>
    internal static SecurityStore Open(IConfiguration configuration, TimeProvider time)
    {
        var path = ResolvePath(configuration);
        if (path != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        return new SecurityStore(EmbeddedStores.Open(path, TimeSpan.FromSeconds(30), 100_000, time));
    }

    internal static string ResolvePath(IConfiguration configuration)
    {
        var configured = configuration[$"{SecurityOptions.Section}:{nameof(SecurityOptions.StorePath)}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured == ":memory:" ? configured : Path.GetFullPath(configured);
        }

        var onNeo4j = string.Equals(configuration["Graph:Backend"], "Neo4j", StringComparison.OrdinalIgnoreCase);
        var graph = EmbeddedStores.ResolvePath(onNeo4j ? null : configuration["Graph:Embedded:Path"]);
        if (graph == ":memory:")
        {
            return graph;
        }

        var folder = Path.GetDirectoryName(graph)!;
        return onNeo4j
            ? Path.Combine(folder, "security.db")
            : Path.Combine(folder, Path.GetFileNameWithoutExtension(graph) + ".security" + Path.GetExtension(graph));
    }

    internal async Task ApplySchemaAsync(CancellationToken ct)
    {
        foreach (var statement in Schema)
        {
            try
            {
                await Backend.RunAsync(new QueryRequest(statement, Mode: AccessMode.Write, Idempotent: true), ct).ConfigureAwait(false);
            }
            catch (CypherException ex) when (ex.Code == Neo4jCodes.EquivalentSchemaRuleAlreadyExists)
            {
                // The rule is there already; that is the goal.
            }
        }
    }

    public void Dispose() => (Backend as IDisposable)?.Dispose();
}
