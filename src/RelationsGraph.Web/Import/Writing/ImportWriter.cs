using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Import.Planning;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Import.Writing;

/// <summary>
/// Carries out a plan inside the caller's transaction, in batches of <c>UNWIND $rows AS r …</c>: sources,
/// actors, ties (one statement shape per registered type, the type checked against the registry), evidence.
/// The plan already knows what exists, so new entities are CREATEd and changed ones updated in place by id;
/// every statement's counters are checked against the rows it was given, and a shortfall fails the whole
/// transaction instead of leaving half an import behind.
/// </summary>
internal sealed class ImportWriter(IGraphTransaction transaction, NetworkRegistry registry, Action<ImportProgress>? progress, string? by = null, string? at = null)
{
    public const int BatchSize = 2000;

    private long _done;
    private long _total;

    public QueryCounters Counters { get; private set; } = QueryCounters.None;

    public async Task WriteAsync(ImportPlan plan, CancellationToken ct)
    {
        _total = plan.Sources.Count + plan.Actors.Count + plan.Ties.Count + plan.Evidence.Count + plan.History.Count;
        Report();
        await BatchesAsync(plan.Sources.Where(s => s.IsNew), "UNWIND $rows AS r CREATE (s:Source) SET s = r.props", NodeRow, c => c.NodesCreated, ct).ConfigureAwait(false);
        await BatchesAsync(plan.Sources.Where(s => !s.IsNew), "UNWIND $rows AS r MATCH (s:Source {id: r.id}) SET s += r.props", NodeRow, null, ct).ConfigureAwait(false);
        await BatchesAsync(plan.Actors.Where(a => a.IsNew), "UNWIND $rows AS r CREATE (a:Actor) SET a = r.props", NodeRow, c => c.NodesCreated, ct).ConfigureAwait(false);
        await BatchesAsync(plan.Actors.Where(a => !a.IsNew && !a.Bump), "UNWIND $rows AS r MATCH (a:Actor {id: r.id}) SET a += r.props", NodeRow, null, ct).ConfigureAwait(false);
        await BatchesAsync(plan.Actors.Where(a => !a.IsNew && a.Bump), "UNWIND $rows AS r MATCH (a:Actor {id: r.id}) SET a += r.props, a.version = coalesce(a.version, 0) + 1", NodeRow, null, ct).ConfigureAwait(false);
        foreach (var group in plan.Ties.GroupBy(t => t.Type, StringComparer.Ordinal))
        {
            var type = RegisteredType(group.Key);
            await BatchesAsync(
                group.Where(t => t.IsNew),
                $"UNWIND $rows AS r MATCH (s:Actor {{id: r.from}}) MATCH (t:Actor {{id: r.to}}) CREATE (s)-[x:{type}]->(t) SET x = r.props",
                TieRow,
                c => c.RelationshipsCreated,
                ct).ConfigureAwait(false);
            await BatchesAsync(
                group.Where(t => !t.IsNew && !t.Bump),
                $"UNWIND $rows AS r MATCH (:Actor)-[x:{type} {{id: r.id}}]->(:Actor) SET x += r.props",
                TieRow,
                null,
                ct).ConfigureAwait(false);
            await BatchesAsync(
                group.Where(t => !t.IsNew && t.Bump),
                $"UNWIND $rows AS r MATCH (:Actor)-[x:{type} {{id: r.id}}]->(:Actor) SET x += r.props, x.version = coalesce(x.version, 0) + 1",
                TieRow,
                null,
                ct).ConfigureAwait(false);

            // The history entry carries the version the change made, as an edit's does.
            await BatchesAsync(
                plan.TieChanges.Where(c => c.Type == group.Key),
                $"UNWIND $rows AS c MATCH (:Actor)-[x:{type} {{id: c.tieId}}]->(:Actor) CREATE (:TieChange {{tieId: c.tieId, at: datetime($at), by: $by, field: c.field, from: c.from, to: c.to, version: x.version}})",
                c => new Dictionary<string, object?>(StringComparer.Ordinal) { ["tieId"] = c.TieId, ["field"] = c.Field, ["from"] = c.From, ["to"] = c.To },
                c => c.NodesCreated,
                ct,
                countsProgress: false,
                extra: ("at", at),
                extra2: ("by", by)).ConfigureAwait(false);
        }

        await BatchesAsync(plan.History, "UNWIND $rows AS r CREATE (h:TieChange) SET h = r.props", NodeRow, c => c.NodesCreated, ct).ConfigureAwait(false);

        foreach (var group in plan.Evidence.Where(e => e.IsNew).GroupBy(e => e.Source, StringComparer.Ordinal))
        {
            // One source for the whole batch (an import cites itself): find it once, not once per row.
            await BatchesAsync(
                group,
                group.Key is null
                    ? "UNWIND $rows AS r CREATE (e:Evidence) SET e = r.props"
                    : "MATCH (src:Source {id: $source}) UNWIND $rows AS r CREATE (e:Evidence) SET e = r.props CREATE (e)-[:CITES]->(src)",
                EvidenceRow,
                c => c.NodesCreated,
                ct,
                extra: ("source", group.Key)).ConfigureAwait(false);
        }
        await BatchesAsync(
            plan.Evidence.Where(e => e.IsNew && e.By is not null),
            "UNWIND $rows AS r MATCH (e:Evidence {id: r.id}) MATCH (b:Actor {id: r.by}) CREATE (e)-[:BY]->(b)",
            EvidenceRow,
            c => c.RelationshipsCreated,
            ct,
            countsProgress: false).ConfigureAwait(false);
        await BatchesAsync(plan.Evidence.Where(e => !e.IsNew), "UNWIND $rows AS r MATCH (e:Evidence {id: r.id}) SET e += r.props", EvidenceRow, null, ct).ConfigureAwait(false);
        var relinked = plan.Evidence.Where(e => !e.IsNew && e.RelinkNeeded).ToList();
        await BatchesAsync(relinked, "UNWIND $rows AS r MATCH (e:Evidence {id: r.id})-[c:CITES|BY]->() DELETE c", EvidenceRow, null, ct, countsProgress: false).ConfigureAwait(false);
        await BatchesAsync(relinked.Where(e => e.Source is not null), "UNWIND $rows AS r MATCH (e:Evidence {id: r.id}) MATCH (src:Source {id: r.source}) CREATE (e)-[:CITES]->(src)", EvidenceRow, c => c.RelationshipsCreated, ct, countsProgress: false).ConfigureAwait(false);
        await BatchesAsync(relinked.Where(e => e.By is not null), "UNWIND $rows AS r MATCH (e:Evidence {id: r.id}) MATCH (b:Actor {id: r.by}) CREATE (e)-[:BY]->(b)", EvidenceRow, c => c.RelationshipsCreated, ct, countsProgress: false).ConfigureAwait(false);
    }

    // Tie types reach query text only from the registry: a type it does not know never becomes Cypher.
    private string RegisteredType(string type) =>
        registry.IsTieType(type) ? type : throw new CypherException(Core.Errors.StatusCodes.RequestInvalid, $"'{type}' is not a registered tie type.");

    private async Task BatchesAsync<T>(
        IEnumerable<T> items,
        string query,
        Func<T, object?> row,
        Func<QueryCounters, int>? expected,
        CancellationToken ct,
        bool countsProgress = true,
        (string Name, object? Value)? extra = null,
        (string Name, object? Value)? extra2 = null)
    {
        foreach (var batch in items.Chunk(BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = batch.Select(row).ToList() };
            foreach (var parameter in new[] { extra, extra2 }.OfType<(string Name, object? Value)>())
            {
                parameters[parameter.Name] = parameter.Value;
            }

            var result = await transaction.RunAsync(query, parameters, ct).ConfigureAwait(false);
            Counters = Counters.Add(result.Counters);
            if (expected is not null && expected(result.Counters) != batch.Length)
            {
                throw new CypherException(
                    Core.Errors.StatusCodes.UnknownError,
                    $"The import stopped: a write meant for {batch.Length} rows changed {expected(result.Counters)}; nothing was imported.");
            }

            if (countsProgress)
            {
                _done += batch.Length;
                Report();
            }
        }
    }

    private void Report() => progress?.Invoke(new ImportProgress("writing", _done, _total));

    private static Dictionary<string, object?> NodeRow(EntityWrite write) => new(StringComparer.Ordinal)
    {
        ["id"] = write.Id,
        ["props"] = write.Properties,
    };

    private static Dictionary<string, object?> TieRow(TieWrite write) => new(StringComparer.Ordinal)
    {
        ["id"] = write.Id,
        ["from"] = write.From,
        ["to"] = write.To,
        ["props"] = write.Properties,
    };

    private static Dictionary<string, object?> EvidenceRow(EvidenceWrite write) => new(StringComparer.Ordinal)
    {
        ["id"] = write.Id,
        ["source"] = write.Source,
        ["by"] = write.By,
        ["props"] = write.Properties,
    };
}
