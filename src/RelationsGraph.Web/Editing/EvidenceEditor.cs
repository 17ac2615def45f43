using RelationsGraph.Core.Errors;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;
using RelationsGraph.Web.Data;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// Creates, changes and deletes evidence: <c>(:Evidence {tieId, stance, quote, accessed})-[:CITES]->(:Source)</c>,
/// optionally <c>-[:BY]->(:Actor)</c>, each edit in one transaction.
/// </summary>
public sealed class EvidenceEditor(EditSession session, NetworkRegistry registry)
{
    private const string Columns = """
        e.id AS id, e.tieId AS tieId, src.id AS sourceId, src.title AS sourceTitle, e.stance AS stance, e.quote AS quote,
        who.id AS byId, who.name AS byName, toString(e.accessed) AS accessed, e.accessedPrecision AS accessedPrecision,
        coalesce(e.version, 0) AS version, toString(e.recordedAt) AS recordedAt, e.recordedBy AS recordedBy
        """;

    private const string Links = """
        OPTIONAL MATCH (e)-[:CITES]->(src:Source)
        OPTIONAL MATCH (e)-[:BY]->(who:Actor)
        """;

    internal const string GetQuery = $"MATCH (e:Evidence {{id: $id}}) {Links} RETURN {Columns} LIMIT 1";

    internal const string ForTieQuery = $"MATCH (e:Evidence {{tieId: $tieId}}) {Links} RETURN {Columns} ORDER BY id";

    internal const string ExistsQuery = "MATCH (e:Evidence {id: $id}) RETURN count(e) AS n";

    internal const string TakenIdsQuery = "UNWIND $ids AS x MATCH (e:Evidence {id: x}) RETURN e.id AS id";

    internal const string SourceExistsQuery = "MATCH (s:Source {id: $id}) RETURN count(s) AS n";

    internal const string ActorExistsQuery = "MATCH (a:Actor {id: $id}) RETURN count(a) AS n";

    internal const string CreateQuery = """
        MATCH (src:Source {id: $sourceId})
        CREATE (e:Evidence {id: $id})-[:CITES]->(src)
        SET e.tieId = $tieId, e.stance = $stance, e.quote = $quote,
            e.accessed = date($accessed), e.accessedPrecision = $accessedPrecision,
            e.version = 1, e.recordedAt = date($today), e.recordedBy = $by
        RETURN e.id AS id
        """;

    internal const string LinkSpeakerQuery = "MATCH (e:Evidence {id: $id}), (who:Actor {id: $byId}) CREATE (e)-[:BY]->(who)";

    // The first SET takes the write lock (Neo4j) before the version is compared; see ActorEditor.UpdateQuery.
    internal const string UpdateQuery = """
        MATCH (e:Evidence {id: $id})
        SET e.version = coalesce(e.version, 0)
        WITH e WHERE e.version = $version
        SET e.stance = $stance, e.quote = $quote, e.accessed = date($accessed), e.accessedPrecision = $accessedPrecision,
            e.version = e.version + 1, e.recordedAt = date($today), e.recordedBy = $by
        RETURN e.id AS id
        """;

    internal const string UnlinkQuery = "MATCH (e:Evidence {id: $id})-[l:CITES|BY]->() DELETE l";

    internal const string RelinkSourceQuery = "MATCH (e:Evidence {id: $id}), (src:Source {id: $sourceId}) CREATE (e)-[:CITES]->(src)";

    internal const string StoredQuery =
        "MATCH (e:Evidence {id: $id}) RETURN e.tieId AS tieId, coalesce(e.version, 0) AS version, e.recordedBy AS recordedBy, toString(e.recordedAt) AS recordedAt";

    internal const string LockForDeleteQuery =
        "MATCH (e:Evidence {id: $id}) SET e.version = coalesce(e.version, 0) RETURN e.version AS version, e.recordedBy AS recordedBy, toString(e.recordedAt) AS recordedAt";

    internal const string DeleteQuery = "MATCH (e:Evidence {id: $id}) DETACH DELETE e";

    public async Task<EvidenceRecord> GetAsync(string id, CancellationToken ct)
    {
        var rows = await session.ReadAsync(GetQuery, ct, ("id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? throw ApiErrors.EvidenceNotFound(id) : ToRecord(rows[0]);
    }

    internal async Task<IReadOnlyList<EvidenceRecord>> ForTieAsync(string tieId, CancellationToken ct)
    {
        var rows = await session.ReadAsync(ForTieQuery, ct, ("tieId", tieId)).ConfigureAwait(false);
        return rows.Select(ToRecord).ToList();
    }

    public async Task<EvidenceRecord> CreateAsync(EvidenceInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var evidence = Validate(input, errors, "", needsTieId: true);
        string id;
        try
        {
            id = await session.WriteAsync(async tx =>
            {
                if (evidence.TieId is { } tieId && (await tx.RunAsync(TiePattern.ExistsQuery(registry), ("id", tieId)).ConfigureAwait(false))[0].Long("n") == 0)
                {
                    errors.Add("tieId", EditMessages.NoTie(tieId));
                }

                await CheckReferencesAsync(tx, evidence, errors, "").ConfigureAwait(false);
                errors.ThrowIfAny();
                return await CreateInAsync(tx, evidence, "").ConfigureAwait(false);
            }, ct).ConfigureAwait(false);
        }
        catch (CypherException ex) when (ex.Code == Neo4jCodes.ConstraintValidationFailed)
        {
            throw EditFailures.Duplicate("id", EditMessages.DuplicateId("evidence", evidence.Id ?? ""));
        }

        return await GetAsync(id, ct).ConfigureAwait(false);
    }

    public async Task<EvidenceRecord> UpdateAsync(string id, EvidenceInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check.SameId(errors, "id", input.Id, id);
        var evidence = Validate(input, errors, "", needsTieId: false);
        var version = Check.Version(errors, input.Version);
        await session.WriteAsync(async tx =>
        {
            var stored = await tx.RunAsync(StoredQuery, ("id", id)).ConfigureAwait(false);
            if (stored.Count == 0)
            {
                throw ApiErrors.EvidenceNotFound(id);
            }

            var tieId = stored[0].RequiredString("tieId");
            if (!string.IsNullOrWhiteSpace(input.TieId) && input.TieId.Trim() != tieId)
            {
                errors.Add("tieId", EditMessages.EvidenceTieUnchangeable(tieId));
            }

            await CheckReferencesAsync(tx, evidence, errors, "").ConfigureAwait(false);
            errors.ThrowIfAny();
            var rows = await tx.RunAsync(UpdateQuery, [("id", id), ("version", version), .. evidence.Parameters()]).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                throw EditFailures.Stale("evidence", version, new StoredVersion(stored[0].Long("version") ?? 0, stored[0].String("recordedBy"), stored[0].String("recordedAt")));
            }

            await tx.RunAsync(UnlinkQuery, ("id", id)).ConfigureAwait(false);
            await tx.RunAsync(RelinkSourceQuery, ("id", id), ("sourceId", evidence.SourceId)).ConfigureAwait(false);
            if (evidence.By is not null)
            {
                await tx.RunAsync(LinkSpeakerQuery, ("id", id), ("byId", evidence.By)).ConfigureAwait(false);
            }

            return true;
        }, ct, idempotent: true).ConfigureAwait(false);
        return await GetAsync(id, ct).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string id, long? version, CancellationToken ct)
    {
        await session.WriteAsync(async tx =>
        {
            var rows = await tx.RunAsync(LockForDeleteQuery, ("id", id)).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                throw ApiErrors.EvidenceNotFound(id);
            }

            var current = rows[0].Long("version") ?? 0;
            if (version is { } v && v != current)
            {
                throw EditFailures.Stale("evidence", v, new StoredVersion(current, rows[0].String("recordedBy"), rows[0].String("recordedAt")));
            }

            await tx.RunAsync(DeleteQuery, ("id", id)).ConfigureAwait(false);
            return true;
        }, ct, idempotent: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks an evidence input on its own. Field names get <paramref name="prefix"/> (e.g. <c>evidence[0].</c> when it
    /// comes with a new tie). Its <c>tieId</c> is asked for only when <paramref name="needsTieId"/>: evidence given with a
    /// new tie takes that tie's id, and a change keeps the stored one.
    /// </summary>
    internal static ValidEvidence Validate(EvidenceInput input, FieldErrors errors, string prefix, bool needsTieId)
    {
        var id = Check.NewId(errors, prefix + "id", input.Id);
        var tieId = !needsTieId ? null : Check.Text(errors, prefix + "tieId", "The tie", input.TieId, EditLimits.MaxId, required: true);
        var sourceId = Check.Text(errors, prefix + "sourceId", "The source", input.SourceId, EditLimits.MaxId);
        if (sourceId is null)
        {
            errors.Add(prefix + "sourceId", EditMessages.EvidenceNeedsSource);
        }

        var stance = Check.Stance(errors, prefix + "stance", input.Stance);
        var quote = Check.Text(errors, prefix + "quote", "The quote", input.Quote, EditLimits.MaxText);
        var by = Check.Text(errors, prefix + "by", "Who said it", input.By, EditLimits.MaxId);
        var accessed = Check.Date(errors, prefix + "accessed", input.Accessed, input.AccessedPrecision);
        return new ValidEvidence(id, tieId, sourceId ?? "", stance ?? "", quote, by, accessed);
    }

    /// <summary>Adds an error for a cited source or a speaker that does not exist.</summary>
    internal static async Task CheckReferencesAsync(EditTransaction tx, ValidEvidence evidence, FieldErrors errors, string prefix)
    {
        if (evidence.SourceId.Length > 0 && (await tx.RunAsync(SourceExistsQuery, ("id", evidence.SourceId)).ConfigureAwait(false))[0].Long("n") == 0)
        {
            errors.Add(prefix + "sourceId", EditMessages.NoSource(evidence.SourceId));
        }

        if (evidence.By is { } by && (await tx.RunAsync(ActorExistsQuery, ("id", by)).ConfigureAwait(false))[0].Long("n") == 0)
        {
            errors.Add(prefix + "by", EditMessages.NoActor(by));
        }
    }

    /// <summary>Creates checked evidence inside an edit's transaction; returns its id (made from the tie's when not given).</summary>
    internal static async Task<string> CreateInAsync(EditTransaction tx, ValidEvidence evidence, string prefix)
    {
        string id;
        if (evidence.Id is { } given)
        {
            if ((await tx.RunAsync(ExistsQuery, ("id", given)).ConfigureAwait(false))[0].Long("n") > 0)
            {
                throw EditFailures.Duplicate(prefix + "id", EditMessages.DuplicateId("evidence", given));
            }

            id = given;
        }
        else
        {
            var stem = "ev-" + Ids.Slug(evidence.TieId ?? "evidence");
            id = await Ids.FirstFreeAsync(stem, candidates => tx.TakenAsync(TakenIdsQuery, candidates)).ConfigureAwait(false);
        }

        await tx.RunAsync(CreateQuery, [("id", id), .. evidence.Parameters()]).ConfigureAwait(false);
        if (evidence.By is not null)
        {
            await tx.RunAsync(LinkSpeakerQuery, ("id", id), ("byId", evidence.By)).ConfigureAwait(false);
        }

        return id;
    }

    private static EvidenceRecord ToRecord(ResultRow row) => new(
        row.RequiredString("id"),
        row.RequiredString("tieId"),
        row.String("sourceId"),
        row.String("sourceTitle"),
        row.RequiredString("stance"),
        row.String("quote"),
        row.String("byId"),
        row.String("byName"),
        row.String("accessed"),
        row.String("accessedPrecision"),
        row.Long("version") ?? 0,
        row.String("recordedAt"),
        row.String("recordedBy"));
}
