using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Api;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Data;

/// <summary>
/// Everything the API asks of the graph, as parameterised Cypher that both stores run. Traversals
/// (neighbourhoods, shortest paths) go one hop per statement so caps and filters apply at every step
/// and no store-specific path syntax is needed.
/// </summary>
public sealed class NetworkQueries(IGraphBackend backend, NetworkRegistry registry)
{
    public const int MaxPathLength = 6;

    // Evidence rows for a whole view's ties (up to the element cap's worth) may pass the store's default row cap.
    private const int EvidenceRowLimit = 500_000;
    private const int SearchLimit = 20;

    private const string ActorColumns =
        "a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.country AS country";

    private const string TieColumns = """
        r.id AS id, type(r) AS type, s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName,
        r.status AS status, r.phase AS phase, toString(r.validFrom) AS validFrom, r.validFromPrecision AS validFromPrecision,
        toString(r.validTo) AS validTo, r.validToPrecision AS validToPrecision, toString(r.reportedOn) AS reportedOn,
        r.confidence AS confidence, r.summary AS summary, coalesce(r.version, 0) AS version, properties(r) AS properties
        """;

    private const string TieFilter =
        "($types IS NULL OR type(r) IN $types) AND ($statuses IS NULL OR r.status IN $statuses)";

    internal const string SearchActorsQuery = $"""
        MATCH (a:Actor)
        WITH a, toLower($q) AS q
        WHERE q = '' OR toLower(a.name) CONTAINS q OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS q)
        WITH a, CASE WHEN toLower(a.name) STARTS WITH q THEN 0 ELSE 1 END AS rank
        RETURN {ActorColumns}, rank
        ORDER BY rank, name
        LIMIT $limit
        """;

    internal const string ActorQuery =
        $"MATCH (a:Actor {{id: $id}}) RETURN {ActorColumns}, a.description AS description, coalesce(a.version, 0) AS version";

    internal const string ActorsByIdQuery = $"MATCH (a:Actor) WHERE a.id IN $ids RETURN {ActorColumns}";

    internal const string AllActorsQuery = $"MATCH (a:Actor) RETURN {ActorColumns}";

    internal const string ActorCountQuery = "MATCH (a:Actor) RETURN count(a) AS n";

    // The most connected actors, for a whole view that cannot show everyone: they carry most of the structure, and
    // the analyst reaches the rest by search and expansion. Degree counts every tie (not evidence naming the actor),
    // whatever the filters, so the set of actors does not jump about as filters change.
    internal const string BusiestActorsQuery = $$"""
        MATCH (a:Actor)
        WITH a, COUNT { (a)--(:Actor) } AS degree
        ORDER BY degree DESC, a.id
        LIMIT $limit
        RETURN {{ActorColumns}}
        """;

    // Starts from the listed actors and walks their ties, rather than testing both ends of every tie: an OR
    // across the two ends gives no index a way in, so it read all the ties in the store (1.7 s at a million).
    // A tie between two listed actors is met from both ends, hence DISTINCT.
    internal const string TiesTouchingQuery = $"""
        MATCH (a:Actor)-[r]-(:Actor) WHERE a.id IN $ids AND {TieFilter}
        WITH DISTINCT r
        WITH r, startNode(r) AS s, endNode(r) AS t
        RETURN {TieColumns}
        """;

    internal const string TiesAmongQuery =
        $"MATCH (s:Actor)-[r]->(t:Actor) WHERE s.id IN $ids AND t.id IN $ids AND {TieFilter} RETURN {TieColumns}";

    internal const string AllTiesQuery = $"MATCH (s:Actor)-[r]->(t:Actor) WHERE {TieFilter} RETURN {TieColumns}";

    internal const string TieQuery = $"MATCH (s:Actor)-[r]->(t:Actor) WHERE r.id = $id RETURN {TieColumns}";

    internal const string EvidenceQuery = """
        MATCH (e:Evidence) WHERE e.tieId IN $tieIds
        OPTIONAL MATCH (e)-[:CITES]->(src:Source)
        OPTIONAL MATCH (e)-[:BY]->(by:Actor)
        RETURN e.id AS id, e.tieId AS tieId, e.stance AS stance, e.quote AS quote, toString(e.accessed) AS accessed,
               src.id AS sourceId, src.title AS sourceTitle, src.publisher AS publisher, src.url AS url,
               toString(src.published) AS published, src.reliability AS reliability, by.id AS byId, by.name AS byName
        ORDER BY tieId, id
        """;

    private static readonly HashSet<string> TieColumnProperties = new(StringComparer.Ordinal)
    {
        "id", "status", "phase", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "reportedOn", "confidence", "summary", "version",
    };

    public async Task<IReadOnlyList<ActorSummary>> SearchActorsAsync(string? text, CancellationToken ct)
    {
        var q = (text ?? "").Trim();
        if (q.Length > RequestValidation.MaxSearchLength)
        {
            throw ApiErrors.QueryTooLong(RequestValidation.MaxSearchLength);
        }

        var result = await RunAsync(SearchActorsQuery, ct, ("q", q), ("limit", (long)SearchLimit)).ConfigureAwait(false);
        return ResultRow.All(result).Select(ToActorSummary).ToList();
    }

    public async Task<ActorDetails> GetActorAsync(string id, CancellationToken ct)
    {
        var result = await RunAsync(ActorQuery, ct, ("id", id)).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            throw ApiErrors.ActorNotFound(id);
        }

        var row = new ResultRow(result, result.Rows[0]);
        var ties = await TiesAsync(TiesTouchingQuery, [id], null, null, ct).ConfigureAwait(false);
        return new ActorDetails(
            row.RequiredString("id"),
            row.RequiredString("name"),
            row.RequiredString("kind"),
            row.Strings("aliases"),
            row.String("country"),
            row.String("description"),
            row.Long("version") ?? 0,
            ties.OrderBy(t => t.Type, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal).ToList());
    }

    public async Task<TieDetails> GetTieAsync(string id, CancellationToken ct)
    {
        var result = await RunAsync(TieQuery, ct, ("id", id)).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            throw ApiErrors.TieNotFound(id);
        }

        var tie = ToTieSummary(new ResultRow(result, result.Rows[0]));
        var evidence = await EvidenceAsync([id], ct).ConfigureAwait(false);
        return new TieDetails(tie, IsSymmetric(tie.Type), evidence);
    }

    public async Task<GraphElements> GetNeighbourhoodAsync(NeighbourhoodRequest request, CancellationToken ct)
    {
        if (request.Actor is null)
        {
            return await WholeNetworkAsync(request, ct).ConfigureAwait(false);
        }

        await EnsureActorAsync(request.Actor, ct).ConfigureAwait(false);
        var included = new HashSet<string>(StringComparer.Ordinal) { request.Actor };
        var expanded = new List<string>();
        var frontier = new List<string> { request.Actor };
        var candidatesOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var level = 0; level < request.Depth && frontier.Count > 0; level++)
        {
            var ties = InForce(await TiesAsync(TiesTouchingQuery, frontier, request.Types, request.Statuses, ct).ConfigureAwait(false), request.Date);
            var next = new List<string>();
            foreach (var actor in frontier)
            {
                expanded.Add(actor);
                var neighbours = ties
                    .Where(t => t.Source == actor || t.Target == actor)
                    .Select(t => (Id: t.Source == actor ? t.Target : t.Source, Name: t.Source == actor ? t.TargetName : t.SourceName, t.Confidence))
                    .GroupBy(n => n.Id, StringComparer.Ordinal)
                    .Select(g => (Id: g.Key, g.First().Name, Confidence: g.Max(n => n.Confidence ?? 0)))
                    .OrderByDescending(n => n.Confidence).ThenBy(n => n.Name, StringComparer.Ordinal)
                    .ToList();
                candidatesOf[actor] = neighbours.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var n in neighbours.Where(n => request.Shown?.Contains(n.Id) == true))
                {
                    included.Add(n.Id);
                }

                foreach (var n in neighbours.Where(n => !included.Contains(n.Id)).Take(request.Limit))
                {
                    included.Add(n.Id);
                    next.Add(n.Id);
                }
            }

            frontier = next;
        }

        var more = expanded
            .Select(a => (Actor: a, Left: candidatesOf[a].Count(n => !included.Contains(n))))
            .Where(x => x.Left > 0)
            .ToDictionary(x => x.Actor, x => x.Left, StringComparer.Ordinal);
        var actors = await ActorsAsync(ActorsByIdQuery, included.ToList(), ct).ConfigureAwait(false);
        var among = InForce(await TiesAsync(TiesAmongQuery, included.ToList(), request.Types, request.Statuses, ct).ConfigureAwait(false), request.Date);
        return await ElementsAsync(actors, among, more, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The whole network, or as much of it as the caps allow: at most <see cref="NeighbourhoodRequest.MaxActors"/>
    /// actors and <see cref="NeighbourhoodRequest.MaxElements"/> actors and ties together. What is left out is the
    /// least connected: when everyone does not fit, the view is the most connected actors with every tie among them
    /// (no shown actor misses a tie to another shown one), halving their number until those ties fit. That costs a
    /// count, one degree ranking and a few reads of at most the budget's worth of ties each, however big the store.
    /// </summary>
    private async Task<GraphElements> WholeNetworkAsync(NeighbourhoodRequest request, CancellationToken ct)
    {
        var countResult = await RunAsync(ActorCountQuery, ct).ConfigureAwait(false);
        var total = new ResultRow(countResult, countResult.Rows[0]).Long("n") ?? 0;
        if (total <= request.MaxActors && total < request.MaxElements)
        {
            // Explicit row caps: the store's default one (Graph:MaxRows) would cut these lists silently.
            var everyone = await RunAsync(new QueryRequest(AllActorsQuery, MaxRows: (int)total), ct).ConfigureAwait(false);
            var allTies = await TieRowsAsync(AllTiesQuery, null, request, request.MaxElements - (int)total, ct).ConfigureAwait(false);
            if (!allTies.Truncated)
            {
                return await WholeViewAsync(ResultRow.All(everyone).Select(ToActorSummary).ToList(), allTies, request, total, ct).ConfigureAwait(false);
            }
        }

        var take = (int)Math.Min(total, Math.Min(request.MaxActors, request.MaxElements));
        var busiest = await RunAsync(new QueryRequest(BusiestActorsQuery, Parameters(("limit", (long)take)), MaxRows: take), ct).ConfigureAwait(false);
        var ranked = ResultRow.All(busiest).Select(ToActorSummary).ToList();

        // Each try reads at most the budget's worth of ties and stops there; hubs make degrees no guide to how many
        // ties run among the top actors (on the generator's 1M-tie graph, 19,362 among the top 500).
        for (var count = ranked.Count; ; count /= 2)
        {
            var actors = ranked.Take(count).ToList();
            var ties = await TieRowsAsync(TiesAmongQuery, actors.Select(a => a.Id).ToList(), request, request.MaxElements - count, ct).ConfigureAwait(false);
            if (!ties.Truncated || count <= 1)
            {
                return await WholeViewAsync(actors, ties, request, total, ct).ConfigureAwait(false);
            }
        }
    }

    private Task<QueryResult> TieRowsAsync(string query, IReadOnlyList<string>? ids, NeighbourhoodRequest request, int maxRows, CancellationToken ct) =>
        RunAsync(new QueryRequest(query, TieParameters(ids, request.Types, request.Statuses), MaxRows: Math.Max(0, maxRows)), ct);

    private async Task<GraphElements> WholeViewAsync(IReadOnlyList<ActorSummary> actors, QueryResult tieRows, NeighbourhoodRequest request, long total, CancellationToken ct)
    {
        var ties = InForce(ResultRow.All(tieRows).Select(ToTieSummary).ToList(), request.Date);
        var elements = await ElementsAsync(actors, ties, new Dictionary<string, int>(), ct).ConfigureAwait(false);
        return elements with { TotalActors = total };
    }

    public async Task<PathResult> GetShortestPathAsync(string from, string to, bool confirmedOnly, CancellationToken ct)
    {
        await EnsureActorAsync(from, ct).ConfigureAwait(false);
        await EnsureActorAsync(to, ct).ConfigureAwait(false);
        IReadOnlyList<string>? statuses = confirmedOnly ? ["confirmed"] : null;
        var cameFrom = new Dictionary<string, (string Actor, TieSummary Tie)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var frontier = new List<string> { from };
        for (var step = 0; step < MaxPathLength && frontier.Count > 0 && !seen.Contains(to); step++)
        {
            var ties = await TiesAsync(TiesTouchingQuery, frontier, null, statuses, ct).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var actor in frontier)
            {
                foreach (var tie in ties.Where(t => t.Source == actor || t.Target == actor).OrderBy(t => t.Id, StringComparer.Ordinal))
                {
                    var other = tie.Source == actor ? tie.Target : tie.Source;
                    if (seen.Add(other))
                    {
                        cameFrom[other] = (actor, tie);
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        if (!seen.Contains(to))
        {
            return new PathResult(false, [], [], new GraphElements([], [], new Dictionary<string, int>()));
        }

        var actorPath = new List<string> { to };
        var tiePath = new List<TieSummary>();
        for (var at = to; at != from; at = cameFrom[at].Actor)
        {
            tiePath.Add(cameFrom[at].Tie);
            actorPath.Add(cameFrom[at].Actor);
        }

        actorPath.Reverse();
        tiePath.Reverse();
        var actors = await ActorsAsync(ActorsByIdQuery, actorPath, ct).ConfigureAwait(false);
        var elements = await ElementsAsync(actors, tiePath, new Dictionary<string, int>(), ct).ConfigureAwait(false);
        return new PathResult(true, actorPath, tiePath.Select(t => t.Id).ToList(), elements);
    }

    private async Task EnsureActorAsync(string id, CancellationToken ct)
    {
        var found = await RunAsync(ActorsByIdQuery, ct, ("ids", new List<object?> { id })).ConfigureAwait(false);
        if (found.Rows.Count == 0)
        {
            throw ApiErrors.ActorNotFound(id);
        }
    }

    private async Task<GraphElements> ElementsAsync(IReadOnlyList<ActorSummary> actors, IReadOnlyList<TieSummary> ties, IReadOnlyDictionary<string, int> more, CancellationToken ct)
    {
        var evidence = ties.Count == 0 ? [] : await EvidenceWithTieAsync(ties.Select(t => t.Id).ToList(), ct).ConfigureAwait(false);
        var byTie = evidence.ToLookup(e => e.TieId, StringComparer.Ordinal);
        var nodes = actors
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new NodeElement(new NodeData(a.Id, a.Name, a.Kind, a.Aliases, a.Country)))
            .ToList();
        var edges = ties
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t =>
            {
                var items = byTie[t.Id].Select(e => e.Item).ToList();
                return new EdgeElement(new EdgeData(
                    t.Id, t.Source, t.Target, t.Type, t.Status, t.Phase, t.ValidFrom, t.ValidFromPrecision, t.ValidTo, t.ValidToPrecision,
                    t.Confidence, t.Summary, IsSymmetric(t.Type),
                    items.Select(e => e.Source?.Title ?? e.Source?.Id).OfType<string>().Distinct().ToList(),
                    items.Where(e => e.Stance == "asserts" && e.By is not null).Select(e => e.By!.Name).Distinct().ToList(),
                    items.Where(e => e.Stance == "denies" && e.By is not null).Select(e => e.By!.Name).Distinct().ToList()));
            })
            .ToList();
        return new GraphElements(nodes, edges, more);
    }

    private async Task<List<(string TieId, EvidenceItem Item)>> EvidenceWithTieAsync(IReadOnlyList<string> tieIds, CancellationToken ct)
    {
        var result = await RunAsync(new QueryRequest(EvidenceQuery, Parameters(("tieIds", tieIds.Cast<object?>().ToList())), MaxRows: EvidenceRowLimit), ct).ConfigureAwait(false);
        return ResultRow.All(result).Select(row =>
        {
            var sourceId = row.String("sourceId");
            var byId = row.String("byId");
            var item = new EvidenceItem(
                row.RequiredString("id"),
                row.RequiredString("stance"),
                row.String("quote"),
                row.String("accessed"),
                sourceId is null ? null : new SourceInfo(sourceId, row.String("sourceTitle"), row.String("publisher"), row.String("url"), row.String("published"), row.String("reliability")),
                byId is null ? null : new ActorRef(byId, row.String("byName") ?? byId));
            return (row.RequiredString("tieId"), item);
        }).ToList();
    }

    private async Task<IReadOnlyList<EvidenceItem>> EvidenceAsync(IReadOnlyList<string> tieIds, CancellationToken ct) =>
        (await EvidenceWithTieAsync(tieIds, ct).ConfigureAwait(false)).Select(e => e.Item).ToList();

    private async Task<IReadOnlyList<ActorSummary>> ActorsAsync(string query, IReadOnlyList<string>? ids, CancellationToken ct)
    {
        var result = ids is null
            ? await RunAsync(query, ct).ConfigureAwait(false)
            : await RunAsync(query, ct, ("ids", ids.Cast<object?>().ToList())).ConfigureAwait(false);
        return ResultRow.All(result).Select(ToActorSummary).ToList();
    }

    private async Task<IReadOnlyList<TieSummary>> TiesAsync(string query, IReadOnlyList<string>? ids, IReadOnlyList<string>? types, IReadOnlyList<string>? statuses, CancellationToken ct)
    {
        var result = await RunAsync(new QueryRequest(query, TieParameters(ids, types, statuses)), ct).ConfigureAwait(false);
        return ResultRow.All(result).Select(ToTieSummary).ToList();
    }

    private static Dictionary<string, object?> TieParameters(IReadOnlyList<string>? ids, IReadOnlyList<string>? types, IReadOnlyList<string>? statuses)
    {
        var parameters = Parameters(("types", types?.Cast<object?>().ToList()), ("statuses", statuses?.Cast<object?>().ToList()));
        if (ids is not null)
        {
            parameters["ids"] = ids.Cast<object?>().ToList();
        }

        return parameters;
    }

    private static IReadOnlyList<TieSummary> InForce(IReadOnlyList<TieSummary> ties, DateOnly? date) =>
        date is { } d ? ties.Where(t => TieValidity.InForceOn(d, t.ValidFrom, t.ValidTo, t.ValidToPrecision)).ToList() : ties;

    private Task<QueryResult> RunAsync(string query, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        RunAsync(new QueryRequest(query, Parameters(parameters)), ct);

    private Task<QueryResult> RunAsync(QueryRequest request, CancellationToken ct) => backend.RunAsync(request, ct);

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map[name] = value;
        }

        return map;
    }

    private bool IsSymmetric(string type) => registry.TieTypes.FirstOrDefault(t => t.Type == type)?.Symmetric ?? false;

    private static ActorSummary ToActorSummary(ResultRow row) =>
        new(row.RequiredString("id"), row.RequiredString("name"), row.RequiredString("kind"), row.Strings("aliases"), row.String("country"));

    private static TieSummary ToTieSummary(ResultRow row)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (row["properties"] is IReadOnlyDictionary<string, object?> properties)
        {
            foreach (var (key, value) in properties.Where(p => !TieColumnProperties.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                extra[key] = value is null or bool or long or double or string ? value : ResultRow.Text(value);
            }
        }

        return new TieSummary(
            row.RequiredString("id"),
            row.RequiredString("type"),
            row.RequiredString("source"),
            row.String("sourceName") ?? row.RequiredString("source"),
            row.RequiredString("target"),
            row.String("targetName") ?? row.RequiredString("target"),
            row.String("status"),
            row.String("phase"),
            row.String("validFrom"),
            row.String("validFromPrecision"),
            row.String("validTo"),
            row.String("validToPrecision"),
            row.String("reportedOn"),
            row.Long("confidence"),
            row.String("summary"),
            row.Long("version") ?? 0,
            extra);
    }
}
