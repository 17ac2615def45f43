using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Export;

/// <summary>
/// Reads the whole domain graph (actors, ties between actors, sources, evidence) a page at a time, in id order,
/// so an export of any size streams with bounded memory on both stores. Also works out the columns: the
/// built-in fields, every declared property, and any other property present in the store (so nothing is
/// dropped silently; an import will name what the registry lacks).
/// </summary>
public sealed class GraphExporter(IGraphBackend backend, NetworkRegistry registry)
{
    public const int PageSize = 5000;

    public static readonly IReadOnlyList<string> ActorFields = ["id", "name", "kind", "aliases", "country", "description"];

    public static readonly IReadOnlyList<string> TieFields =
    [
        "id", "type", "source", "target", "status", "phase", "validFrom", "validFromPrecision", "validTo", "validToPrecision",
        "reportedOn", "reportedOnPrecision", "confidence", "summary",
    ];

    public NetworkRegistry Registry => registry;

    /// <summary>The extra actor properties to export: declared ones in registry order, then any others found, by name.</summary>
    public async Task<IReadOnlyList<string>> ActorPropertiesAsync(CancellationToken ct)
    {
        var present = await KeysAsync("MATCH (a:Actor) UNWIND keys(a) AS k RETURN DISTINCT k", ct).ConfigureAwait(false);
        var declared = (registry.ActorProperties ?? []).Select(p => p.Name);
        return Columns(declared, present, MappingValidator.CoreActorProperties);
    }

    public async Task<IReadOnlyList<string>> TiePropertiesAsync(CancellationToken ct)
    {
        var present = await KeysAsync("MATCH (:Actor)-[r]->(:Actor) UNWIND keys(r) AS k RETURN DISTINCT k", ct).ConfigureAwait(false);
        var declared = (registry.TieProperties ?? []).Concat(registry.TieTypes.SelectMany(t => t.Properties ?? [])).Select(p => p.Name);
        return Columns(declared, present, MappingValidator.CoreTieProperties);
    }

    public async IAsyncEnumerable<ExportedActor> ActorsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in PagesAsync("MATCH (a:Actor) WHERE a.id > $after WITH a ORDER BY a.id LIMIT $limit RETURN a.id AS id, properties(a) AS props", ct).ConfigureAwait(false))
        {
            yield return new ExportedActor((string)row[0]!, Map(row[1]));
        }
    }

    public async IAsyncEnumerable<ExportedTie> TiesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // Ids are unique per type only, so the page key is (id, type).
        var after = "";
        var afterType = "";
        while (true)
        {
            var result = await RunAsync(
                """
                MATCH (s:Actor)-[r]->(t:Actor)
                WHERE r.id > $after OR (r.id = $after AND type(r) > $afterType)
                WITH s, r, t ORDER BY r.id, type(r) LIMIT $limit
                RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props
                """,
                new Dictionary<string, object?> { ["after"] = after, ["afterType"] = afterType, ["limit"] = (long)PageSize },
                ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                yield return new ExportedTie((string)row[0]!, (string)row[1]!, (string)row[2]!, (string)row[3]!, Map(row[4]));
            }

            if (result.Rows.Count < PageSize)
            {
                yield break;
            }

            after = (string)result.Rows[^1][0]!;
            afterType = (string)result.Rows[^1][1]!;
        }
    }

    public async IAsyncEnumerable<ExportedSource> SourcesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in PagesAsync("MATCH (s:Source) WHERE s.id > $after WITH s ORDER BY s.id LIMIT $limit RETURN s.id AS id, properties(s) AS props", ct).ConfigureAwait(false))
        {
            yield return new ExportedSource((string)row[0]!, Map(row[1]));
        }
    }

    public async IAsyncEnumerable<ExportedEvidence> EvidenceAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const string query = """
            MATCH (e:Evidence) WHERE e.id > $after WITH e ORDER BY e.id LIMIT $limit
            OPTIONAL MATCH (e)-[:CITES]->(s:Source)
            OPTIONAL MATCH (e)-[:BY]->(b:Actor)
            RETURN e.id AS id, properties(e) AS props, min(s.id) AS source, min(b.id) AS by
            ORDER BY id
            """;
        await foreach (var row in PagesAsync(query, ct).ConfigureAwait(false))
        {
            yield return new ExportedEvidence((string)row[0]!, Map(row[1]), row[2] as string, row[3] as string);
        }
    }

    /// <summary>
    /// The ties' histories (<c>(:TieChange)</c> nodes), a page of ties at a time in tie id order, each tie's changes
    /// oldest first. Entries have no id of their own, so the page key is the tie id.
    /// </summary>
    public async IAsyncEnumerable<ExportedTieChange> HistoryAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const string query = """
            MATCH (h:TieChange) WHERE h.tieId > $after
            WITH DISTINCT h.tieId AS tieId ORDER BY tieId LIMIT $limit
            MATCH (c:TieChange {tieId: tieId})
            RETURN tieId AS id, collect(properties(c)) AS changes
            ORDER BY id
            """;
        await foreach (var row in PagesAsync(query, ct).ConfigureAwait(false))
        {
            var changes = (row[1] as IEnumerable<object?> ?? []).Select(Map)
                .OrderBy(c => ExportValues.Cell(c.GetValueOrDefault("at")), StringComparer.Ordinal)
                .ThenBy(c => c.GetValueOrDefault("version") as long? ?? 0)
                .ThenBy(c => c.GetValueOrDefault("field") as string, StringComparer.Ordinal);
            foreach (var change in changes)
            {
                yield return new ExportedTieChange((string)row[0]!, change);
            }
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> PagesAsync(string query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            var result = await RunAsync(query, new Dictionary<string, object?> { ["after"] = after, ["limit"] = (long)PageSize }, ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                yield return row;
            }

            if (result.Rows.Count < PageSize)
            {
                yield break;
            }

            after = (string)result.Rows[^1][0]!;
        }
    }

    private async Task<IReadOnlyList<string>> KeysAsync(string query, CancellationToken ct) =>
        (await RunAsync(query, new Dictionary<string, object?>(), ct).ConfigureAwait(false)).Rows.Select(r => (string)r[0]!).ToList();

    private Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct) =>
        backend.RunAsync(new QueryRequest(query, parameters, AccessMode.Read, TimeSpan.FromMinutes(2), PageSize + 1), ct);

    private static List<string> Columns(IEnumerable<string> declared, IEnumerable<string> present, IReadOnlySet<string> core)
    {
        var columns = declared.Where(n => !core.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        columns.AddRange(present.Where(n => !core.Contains(n) && !columns.Contains(n)).Order(StringComparer.Ordinal));
        return columns;
    }

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}
