using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// What an import reads from the graph, batched: which actors, ties, evidence and sources already exist and
/// with which properties. It reads through the import's own write transaction when there is one (so the plan
/// and the writes see the same graph), else through the backend. Every statement is parameterised; a tie type
/// appears in query text only when the registry knows it.
/// </summary>
internal sealed class ImportStore
{
    public const int BatchSize = 5000;

    private readonly IGraphBackend? _backend;
    private readonly IGraphTransaction? _transaction;
    private readonly NetworkRegistry _registry;

    public ImportStore(IGraphBackend backend, NetworkRegistry registry)
    {
        _backend = backend;
        _registry = registry;
    }

    public ImportStore(IGraphTransaction transaction, NetworkRegistry registry)
    {
        _transaction = transaction;
        _registry = registry;
    }

    public bool CanWrite => _transaction is not null;

    public async Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct)
    {
        if (_transaction is not null)
        {
            return await _transaction.RunAsync(query, parameters, ct).ConfigureAwait(false);
        }

        return await _backend!.RunAsync(new QueryRequest(query, parameters, AccessMode.Read, MaxRows: BatchSize * 2), ct).ConfigureAwait(false);
    }

    public async Task<Dictionary<string, IReadOnlyDictionary<string, object?>>> ActorsAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var found = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var batch in ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var result = await RunAsync(
                "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, properties(a) AS props",
                Parameters(("ids", batch.Cast<object?>().ToList())),
                ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                found[(string)row[0]!] = Map(row[1]);
            }
        }

        return found;
    }

    /// <summary>Every actor's id, name and aliases, read a page at a time (for matching by name).</summary>
    public async Task<List<(string Id, string? Name, IReadOnlyList<string> Aliases)>> ActorNamesAsync(CancellationToken ct)
    {
        var actors = new List<(string, string?, IReadOnlyList<string>)>();
        var after = "";
        while (true)
        {
            var result = await RunAsync(
                "MATCH (a:Actor) WHERE a.id > $after RETURN a.id AS id, a.name AS name, a.aliases AS aliases ORDER BY id LIMIT $limit",
                Parameters(("after", after), ("limit", (long)BatchSize)),
                ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                var aliases = row[2] is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];
                actors.Add(((string)row[0]!, row[1] as string, aliases));
            }

            if (result.Rows.Count < BatchSize)
            {
                return actors;
            }

            after = (string)result.Rows[^1][0]!;
        }
    }

    /// <summary>
    /// Ties with these ids: each id is looked up under its own type, and under every other registered type too
    /// when its AnyType flag says it may be there (ids taken from a file; an id derived by the import
    /// names its type, so it cannot belong to a tie of another type unless someone copied it by hand).
    /// </summary>
    public async Task<Dictionary<string, ExistingTie>> TiesAsync(IReadOnlyCollection<(string Id, string Type, bool AnyType)> ties, Action<int>? progress, CancellationToken ct)
    {
        var found = new Dictionary<string, ExistingTie>(StringComparer.Ordinal);
        var done = 0;
        foreach (var batch in ties.DistinctBy(t => t.Id, StringComparer.Ordinal).Chunk(BatchSize))
        {
            foreach (var type in _registry.TieTypes.Select(t => t.Type))
            {
                var ids = batch.Where(t => t.AnyType || t.Type == type).Select(t => (object?)t.Id).ToList();
                if (ids.Count == 0)
                {
                    continue;
                }

                var parameters = Parameters(("ids", ids));
                var result = await RunAsync(
                    $"UNWIND $ids AS id MATCH (s:Actor)-[r:{type} {{id: id}}]->(t:Actor) RETURN r.id AS id, s.id AS from, t.id AS to, properties(r) AS props",
                    parameters,
                    ct).ConfigureAwait(false);
                foreach (var row in result.Rows)
                {
                    found.TryAdd((string)row[0]!, new ExistingTie(type, (string)row[1]!, (string)row[2]!, Map(row[3])));
                }
            }

            done += batch.Length;
            progress?.Invoke(done);
        }

        return found;
    }

    public async Task<Dictionary<string, ExistingEvidence>> EvidenceAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var found = new Dictionary<string, ExistingEvidence>(StringComparer.Ordinal);
        foreach (var batch in ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var result = await RunAsync(
                """
                UNWIND $ids AS id MATCH (e:Evidence {id: id})
                OPTIONAL MATCH (e)-[:CITES]->(s:Source)
                OPTIONAL MATCH (e)-[:BY]->(b:Actor)
                RETURN e.id AS id, properties(e) AS props, s.id AS source, b.id AS by
                """,
                Parameters(("ids", batch.Cast<object?>().ToList())),
                ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                found.TryAdd((string)row[0]!, new ExistingEvidence(Map(row[1]), row[2] as string, row[3] as string));
            }
        }

        return found;
    }

    public async Task<Dictionary<string, IReadOnlyDictionary<string, object?>>> SourcesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var found = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var batch in ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var result = await RunAsync(
                "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, properties(s) AS props",
                Parameters(("ids", batch.Cast<object?>().ToList())),
                ct).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                found[(string)row[0]!] = Map(row[1]);
            }
        }

        return found;
    }

    /// <summary>Which of <paramref name="ids"/> name a tie (of any type) in the store.</summary>
    public async Task<HashSet<string>> TieIdsAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var result = await RunAsync(
                "UNWIND $ids AS id MATCH (:Actor)-[r {id: id}]->(:Actor) RETURN DISTINCT r.id AS id",
                Parameters(("ids", batch.Cast<object?>().ToList())),
                ct).ConfigureAwait(false);
            found.UnionWith(result.Rows.Select(r => (string)r[0]!));
        }

        return found;
    }

    /// <summary>The history entries already kept for the ties <paramref name="tieIds"/>: their properties.</summary>
    public async Task<List<IReadOnlyDictionary<string, object?>>> HistoryAsync(IEnumerable<string> tieIds, CancellationToken ct)
    {
        var found = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var batch in tieIds.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var result = await RunAsync(
                "UNWIND $ids AS id MATCH (h:TieChange {tieId: id}) RETURN properties(h) AS props",
                Parameters(("ids", batch.Cast<object?>().ToList())),
                ct).ConfigureAwait(false);
            found.AddRange(result.Rows.Select(r => Map(r[0])));
        }

        return found;
    }

    public static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}

/// <summary>A tie already in the store: its type, its ends and its properties.</summary>
internal sealed record ExistingTie(string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties);

/// <summary>An evidence node already in the store, with the source it cites and who it names.</summary>
internal sealed record ExistingEvidence(IReadOnlyDictionary<string, object?> Properties, string? Source, string? By);
