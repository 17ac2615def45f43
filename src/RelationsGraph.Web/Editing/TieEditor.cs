using RelationsGraph.Core.Errors;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;
using RelationsGraph.Web.Data;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// Creates, changes and deletes ties, each in one transaction together with its history entries (and, on
/// creation, its first evidence). A change carries the version it was made from and is refused if the tie
/// moved on meanwhile. Every change of status, phase or confidence is kept as a <c>(:TieChange)</c> node.
/// </summary>
public sealed class TieEditor(EditSession session, NetworkRegistry registry)
{
    /// <summary>The fields whose every change is kept, in the order a history lists one edit's changes.</summary>
    internal static readonly IReadOnlyList<string> TrackedFields = ["status", "phase", "confidence"];

    private const string Columns = """
        r.id AS id, type(r) AS type, s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName,
        r.status AS status, r.phase AS phase,
        toString(r.validFrom) AS validFrom, r.validFromPrecision AS validFromPrecision,
        toString(r.validTo) AS validTo, r.validToPrecision AS validToPrecision,
        toString(r.reportedOn) AS reportedOn, r.reportedOnPrecision AS reportedOnPrecision,
        r.confidence AS confidence, r.summary AS summary,
        coalesce(r.version, 0) AS version, toString(r.recordedAt) AS recordedAt, r.recordedBy AS recordedBy
        """;

    private const string Assignments = """
        r.status = $status, r.phase = $phase,
        r.validFrom = date($validFrom), r.validFromPrecision = $validFromPrecision,
        r.validTo = date($validTo), r.validToPrecision = $validToPrecision,
        r.reportedOn = date($reportedOn), r.reportedOnPrecision = $reportedOnPrecision,
        r.confidence = $confidence, r.summary = $summary,
        r.recordedAt = date($today), r.recordedBy = $by
        """;

    // Tie ids are unique per type by the schema; ids must not repeat across types either, which no constraint
    // can say. Creations therefore queue on one node (Neo4j locks it until commit) before checking the id.
    internal const string LockTieIdsQuery = "MERGE (m:Meta {id: 'tie-ids'}) SET m.lastCreated = datetime($at)";

    internal const string ActorsQuery = "UNWIND $ids AS x MATCH (a:Actor {id: x}) RETURN a.id AS id";

    // An actor's ties either way round, each once (a tie to itself would otherwise come twice).
    internal const string ForActorQuery = $$"""
        MATCH (:Actor {id: $actor})-[r]-(:Actor)
        WITH DISTINCT r
        WITH r, startNode(r) AS s, endNode(r) AS t
        RETURN {{Columns}} ORDER BY type, id
        """;

    // Queries that find a tie by id name every registered type, so each type's id index serves them.
    private readonly string _tie = TiePattern.Of(registry);

    internal string GetQuery => $"MATCH (s:Actor)-[{_tie} {{id: $id}}]->(t:Actor) RETURN {Columns}";

    internal string ExistsQuery => TiePattern.ExistsQuery(registry);

    internal string TakenIdsQuery => $"UNWIND $ids AS x MATCH ()-[{_tie} {{id: x}}]->() RETURN r.id AS id";

    internal string StoredQuery => $$"""
        MATCH (s:Actor)-[{{_tie}} {id: $id}]->(t:Actor)
        RETURN type(r) AS type, s.id AS source, t.id AS target,
               coalesce(r.version, 0) AS version, r.recordedBy AS recordedBy, toString(r.recordedAt) AS recordedAt
        """;

    // The first SET takes the write lock (Neo4j) before the version is compared; see ActorEditor.UpdateQuery.
    internal string UpdateQuery => $$"""
        MATCH (s:Actor)-[{{_tie}} {id: $id}]->(t:Actor)
        SET r.version = coalesce(r.version, 0)
        WITH s, r, t WHERE r.version = $version
        WITH s, r, t, r.status AS oldStatus, r.phase AS oldPhase, r.confidence AS oldConfidence
        SET {{Assignments}}, r.version = r.version + 1
        RETURN {{Columns}}, oldStatus, oldPhase, oldConfidence
        """;

    internal string LockForDeleteQuery => $$"""
        MATCH ()-[{{_tie}} {id: $id}]->()
        SET r.version = coalesce(r.version, 0)
        RETURN r.version AS version, r.recordedBy AS recordedBy, toString(r.recordedAt) AS recordedAt
        """;

    internal string DeleteQuery => $"MATCH ()-[{_tie} {{id: $id}}]->() DELETE r";

    internal const string RecordChangesQuery = """
        UNWIND $changes AS c
        CREATE (:TieChange {tieId: $id, at: datetime($at), by: $by, field: c.field, from: c.from, to: c.to, version: $version})
        """;

    internal const string HistoryQuery = """
        MATCH (h:TieChange {tieId: $id})
        RETURN toString(h.at) AS at, h.by AS by, h.field AS field, h.from AS fromValue, h.to AS toValue, h.version AS version
        ORDER BY at, version, field
        """;

    internal const string DeleteEvidenceQuery = "MATCH (e:Evidence {tieId: $id}) DETACH DELETE e";

    internal const string DeleteHistoryQuery = "MATCH (h:TieChange {tieId: $id}) DELETE h";

    internal const string EvidenceCountQuery = "MATCH (e:Evidence {tieId: $id}) RETURN count(e) AS n";

    public async Task<TieRecord> GetAsync(string id, CancellationToken ct)
    {
        var rows = await session.ReadAsync(GetQuery, ct, ("id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? throw ApiErrors.TieNotFound(id) : ToRecord(rows[0]);
    }

    /// <summary>Every tie of an actor, either way round.</summary>
    internal async Task<IReadOnlyList<TieRecord>> ForActorAsync(string actor, CancellationToken ct)
    {
        var rows = await session.ReadAsync(ForActorQuery, ct, ("actor", actor)).ConfigureAwait(false);
        return rows.Select(ToRecord).ToList();
    }

    public async Task<TieHistory> HistoryAsync(string id, CancellationToken ct)
    {
        var tie = await GetAsync(id, ct).ConfigureAwait(false);
        var rows = await session.ReadAsync(HistoryQuery, ct, ("id", id)).ConfigureAwait(false);
        var changes = rows
            .Select(r => new TieChange(r.RequiredString("at"), r.RequiredString("by"), r.RequiredString("field"), Plain(r["fromValue"]), Plain(r["toValue"]), r.Long("version") ?? 0))
            .OrderBy(c => c.At, StringComparer.Ordinal)
            .ThenBy(c => c.Version)
            .ThenBy(c => IndexOf(c.Field))
            .ToList();
        return new TieHistory(id, tie.Version, changes);
    }

    internal async Task<long> EvidenceCountAsync(string id, CancellationToken ct)
    {
        var rows = await session.ReadAsync(EvidenceCountQuery, ct, ("id", id)).ConfigureAwait(false);
        return rows[0].Long("n") ?? 0;
    }

    public async Task<TieRecord> CreateAsync(TieInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = Check.NewId(errors, "id", input.Id);
        var type = Check.TieType(errors, registry, input.Type);
        var source = Check.Text(errors, "source", "The source actor", input.Source, EditLimits.MaxId, required: true);
        var target = Check.Text(errors, "target", "The target actor", input.Target, EditLimits.MaxId, required: true);
        if (source is not null && source == target)
        {
            errors.Add("target", EditMessages.SelfTie);
        }

        var tie = Validate(input, errors);
        var evidence = (input.Evidence ?? []).Select((e, i) => EvidenceEditor.Validate(e, errors, $"evidence[{i}].", needsTieId: false)).ToList();
        if (evidence.Count > EditLimits.MaxEvidencePerTie)
        {
            errors.Add("evidence", EditMessages.TooMany("pieces of evidence", EditLimits.MaxEvidencePerTie));
        }

        try
        {
            return await session.WriteAsync(async tx =>
            {
                await tx.RunAsync(LockTieIdsQuery).ConfigureAwait(false);
                var wanted = new[] { source, target }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                var found = (await tx.RunAsync(ActorsQuery, ("ids", wanted.Cast<object?>().ToList())).ConfigureAwait(false))
                    .Select(r => r.RequiredString("id")).ToHashSet(StringComparer.Ordinal);
                foreach (var (field, actor) in new[] { ("source", source), ("target", target) })
                {
                    if (actor is not null && !found.Contains(actor))
                    {
                        errors.Add(field, EditMessages.NoActor(actor));
                    }
                }

                for (var i = 0; i < evidence.Count; i++)
                {
                    await EvidenceEditor.CheckReferencesAsync(tx, evidence[i], errors, $"evidence[{i}].").ConfigureAwait(false);
                }

                errors.ThrowIfAny();
                if (id is null)
                {
                    var stem = Ids.Slug($"{source}-{type}-{target}");
                    id = await Ids.FirstFreeAsync(stem, candidates => tx.TakenAsync(TakenIdsQuery, candidates)).ConfigureAwait(false);
                }
                else if ((await tx.RunAsync(ExistsQuery, ("id", id)).ConfigureAwait(false))[0].Long("n") > 0)
                {
                    throw EditFailures.Duplicate("id", EditMessages.DuplicateId("a tie", id));
                }

                // The type is in the query text (Cypher cannot take it as a parameter); it was checked against the registry.
                var create = $$"""
                    MATCH (s:Actor {id: $source}), (t:Actor {id: $target})
                    CREATE (s)-[r:{{type}} {id: $id}]->(t)
                    SET {{Assignments}}, r.version = 1
                    RETURN {{Columns}}
                    """;
                var rows = await tx.RunAsync(create, [("id", id), ("source", source), ("target", target), .. tie.Parameters()]).ConfigureAwait(false);
                var record = ToRecord(rows[0]);
                await RecordAsync(tx, id, 1, Changes(null, null, null, tie)).ConfigureAwait(false);
                for (var i = 0; i < evidence.Count; i++)
                {
                    await EvidenceEditor.CreateInAsync(tx, evidence[i] with { TieId = id }, $"evidence[{i}].").ConfigureAwait(false);
                }

                return record;
            }, ct).ConfigureAwait(false);
        }
        catch (CypherException ex) when (ex.Code == Neo4jCodes.ConstraintValidationFailed)
        {
            throw EditFailures.Duplicate("id", EditMessages.DuplicateId("a tie or evidence", id ?? ""));
        }
    }

    public async Task<TieRecord> UpdateAsync(string id, TieInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check.SameId(errors, "id", input.Id, id);
        var tie = Validate(input, errors);
        var version = Check.Version(errors, input.Version);
        if (input.Evidence is { Count: > 0 })
        {
            errors.Add("evidence", EditMessages.EvidenceOnlyOnCreate);
        }

        return await session.WriteAsync(async tx =>
        {
            var stored = await tx.RunAsync(StoredQuery, ("id", id)).ConfigureAwait(false);
            if (stored.Count == 0)
            {
                throw ApiErrors.TieNotFound(id);
            }

            foreach (var (field, given) in new[] { ("type", input.Type), ("source", input.Source), ("target", input.Target) })
            {
                var was = stored[0].RequiredString(field);
                if (!string.IsNullOrWhiteSpace(given) && given.Trim() != was)
                {
                    errors.Add(field, EditMessages.Unchangeable(field, was));
                }
            }

            errors.ThrowIfAny();
            var rows = await tx.RunAsync(UpdateQuery, [("id", id), ("version", version), .. tie.Parameters()]).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                throw EditFailures.Stale("tie", version, new StoredVersion(stored[0].Long("version") ?? 0, stored[0].String("recordedBy"), stored[0].String("recordedAt")));
            }

            var row = rows[0];
            var record = ToRecord(row);
            await RecordAsync(tx, id, record.Version, Changes(row.String("oldStatus"), row.String("oldPhase"), row.Long("oldConfidence"), tie)).ConfigureAwait(false);
            return record;
        }, ct, idempotent: true).ConfigureAwait(false);
    }

    /// <summary>Deletes the tie with its evidence and history; with <paramref name="version"/>, only if it is still that version.</summary>
    public async Task DeleteAsync(string id, long? version, CancellationToken ct)
    {
        await session.WriteAsync(async tx =>
        {
            var rows = await tx.RunAsync(LockForDeleteQuery, ("id", id)).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                throw ApiErrors.TieNotFound(id);
            }

            var current = rows[0].Long("version") ?? 0;
            if (version is { } v && v != current)
            {
                throw EditFailures.Stale("tie", v, new StoredVersion(current, rows[0].String("recordedBy"), rows[0].String("recordedAt")));
            }

            await tx.RunAsync(DeleteEvidenceQuery, ("id", id)).ConfigureAwait(false);
            await tx.RunAsync(DeleteHistoryQuery, ("id", id)).ConfigureAwait(false);
            await tx.RunAsync(DeleteQuery, ("id", id)).ConfigureAwait(false);
            return true;
        }, ct, idempotent: true).ConfigureAwait(false);
    }

    private ValidTie Validate(TieInput input, FieldErrors errors)
    {
        var status = Check.Status(errors, registry, input.Status);
        var phase = Check.Phase(errors, registry, input.Phase);
        var validFrom = Check.Date(errors, "validFrom", input.ValidFrom, input.ValidFromPrecision);
        var validTo = Check.Date(errors, "validTo", input.ValidTo, input.ValidToPrecision);
        var reportedOn = Check.Date(errors, "reportedOn", input.ReportedOn, input.ReportedOnPrecision);
        if (validFrom is { } from && validTo is { } to && to.End <= from.Date)
        {
            errors.Add("validTo", EditMessages.EndsBeforeStart(to.Text, from.Text));
        }

        var confidence = Check.Confidence(errors, input.Confidence);
        var summary = Check.Text(errors, "summary", "The summary", input.Summary, EditLimits.MaxText);
        return new ValidTie(status ?? "", phase, validFrom, validTo, reportedOn, confidence, summary);
    }

    private static List<Dictionary<string, object?>> Changes(string? oldStatus, string? oldPhase, long? oldConfidence, ValidTie tie)
    {
        var changes = new List<Dictionary<string, object?>>();
        void Add(string field, object? from, object? to)
        {
            if (!Equals(from, to))
            {
                changes.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field, ["from"] = from, ["to"] = to });
            }
        }

        Add("status", oldStatus, tie.Status);
        Add("phase", oldPhase, tie.Phase);
        Add("confidence", oldConfidence, tie.Confidence);
        return changes;
    }

    private static async Task RecordAsync(EditTransaction tx, string id, long version, List<Dictionary<string, object?>> changes)
    {
        if (changes.Count > 0)
        {
            await tx.RunAsync(RecordChangesQuery, ("id", id), ("version", version), ("changes", changes.Cast<object?>().ToList())).ConfigureAwait(false);
        }
    }

    private static int IndexOf(string field)
    {
        for (var i = 0; i < TrackedFields.Count; i++)
        {
            if (TrackedFields[i] == field)
            {
                return i;
            }
        }

        return TrackedFields.Count;
    }

    private static object? Plain(object? value) => value is null or string or long or bool or double ? value : ResultRow.Text(value);

    internal static TieRecord ToRecord(ResultRow row) => new(
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
        row.String("reportedOnPrecision"),
        row.Long("confidence"),
        row.String("summary"),
        row.Long("version") ?? 0,
        row.String("recordedAt"),
        row.String("recordedBy"));

    private sealed record ValidTie(string Status, string? Phase, PreciseDate? ValidFrom, PreciseDate? ValidTo, PreciseDate? ReportedOn, long? Confidence, string? Summary)
    {
        public (string, object?)[] Parameters() =>
        [
            ("status", Status), ("phase", Phase),
            ("validFrom", ValidFrom?.Iso), ("validFromPrecision", ValidFrom?.Precision),
            ("validTo", ValidTo?.Iso), ("validToPrecision", ValidTo?.Precision),
            ("reportedOn", ReportedOn?.Iso), ("reportedOnPrecision", ReportedOn?.Precision),
            ("confidence", Confidence), ("summary", Summary),
        ];
    }
}
