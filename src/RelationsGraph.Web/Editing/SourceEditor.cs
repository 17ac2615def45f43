using RelationsGraph.Core.Errors;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;
using RelationsGraph.Web.Data;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// Creates, changes and deletes sources, each in one transaction. Deleting a source that evidence cites needs
/// confirmation, and then deletes that evidence too (evidence without its source would prove nothing).
/// </summary>
public sealed class SourceEditor(EditSession session)
{
    private const string Columns = """
        s.id AS id, s.title AS title, s.publisher AS publisher, s.url AS url,
        toString(s.published) AS published, s.publishedPrecision AS publishedPrecision, s.reliability AS reliability,
        coalesce(s.version, 0) AS version, toString(s.recordedAt) AS recordedAt, s.recordedBy AS recordedBy
        """;

    private const string WithEvidenceCount = $"""
        OPTIONAL MATCH (e:Evidence)-[:CITES]->(s)
        RETURN {Columns}, count(e) AS evidenceCount
        """;

    internal const string GetQuery = $"MATCH (s:Source {{id: $id}}) {WithEvidenceCount}";

    internal const string ListQuery = $"MATCH (s:Source) WITH s ORDER BY s.title, s.id LIMIT $limit {WithEvidenceCount} ORDER BY title, id";

    internal const string ExistsQuery = "MATCH (s:Source {id: $id}) RETURN count(s) AS n";

    internal const string TakenIdsQuery = "UNWIND $ids AS x MATCH (s:Source {id: x}) RETURN s.id AS id";

    private const string Assignments = """
        s.title = $title, s.publisher = $publisher, s.url = $url,
        s.published = date($published), s.publishedPrecision = $publishedPrecision, s.reliability = $reliability,
        s.recordedAt = date($today), s.recordedBy = $by
        """;

    internal const string CreateQuery = $"CREATE (s:Source {{id: $id}}) SET {Assignments}, s.version = 1 WITH s {WithEvidenceCount}";

    // The first SET takes the write lock (Neo4j) before the version is compared; see ActorEditor.UpdateQuery.
    internal const string UpdateQuery = $$"""
        MATCH (s:Source {id: $id})
        SET s.version = coalesce(s.version, 0)
        WITH s WHERE s.version = $version
        SET {{Assignments}}, s.version = s.version + 1
        WITH s {{WithEvidenceCount}}
        """;

    internal const string LockQuery = """
        MATCH (s:Source {id: $id})
        SET s.version = coalesce(s.version, 0)
        WITH s
        OPTIONAL MATCH (e:Evidence)-[:CITES]->(s)
        RETURN s.title AS title, s.version AS version, s.recordedBy AS recordedBy, toString(s.recordedAt) AS recordedAt, count(e) AS evidence
        """;

    internal const string DeleteEvidenceQuery = "MATCH (e:Evidence)-[:CITES]->(:Source {id: $id}) DETACH DELETE e";

    internal const string DeleteQuery = "MATCH (s:Source {id: $id}) DETACH DELETE s";

    public const int ListLimit = 1000;

    public async Task<SourceRecord> GetAsync(string id, CancellationToken ct)
    {
        var rows = await session.ReadAsync(GetQuery, ct, ("id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? throw ApiErrors.SourceNotFound(id) : ToRecord(rows[0]);
    }

    /// <summary>Sources by title (the first <see cref="ListLimit"/>), each with how much evidence cites it.</summary>
    public async Task<IReadOnlyList<SourceRecord>> ListAsync(CancellationToken ct)
    {
        var rows = await session.ReadAsync(ListQuery, ct, ("limit", (long)ListLimit)).ConfigureAwait(false);
        return rows.Select(ToRecord).ToList();
    }

    public async Task<SourceRecord> CreateAsync(SourceInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = Check.NewId(errors, "id", input.Id);
        var source = Validate(input, errors);
        errors.ThrowIfAny();
        try
        {
            return await session.WriteAsync(async tx =>
            {
                if (id is null)
                {
                    var stem = Ids.Slug(source.Title, 60) is { Length: > 0 } slug ? slug : "source";
                    id = await Ids.FirstFreeAsync(stem, candidates => tx.TakenAsync(TakenIdsQuery, candidates)).ConfigureAwait(false);
                }
                else if ((await tx.RunAsync(ExistsQuery, ("id", id)).ConfigureAwait(false))[0].Long("n") > 0)
                {
                    throw EditFailures.Duplicate("id", EditMessages.DuplicateId("a source", id));
                }

                var rows = await tx.RunAsync(CreateQuery, [("id", id), .. source.Parameters()]).ConfigureAwait(false);
                return ToRecord(rows[0]);
            }, ct).ConfigureAwait(false);
        }
        catch (CypherException ex) when (ex.Code == Neo4jCodes.ConstraintValidationFailed)
        {
            throw EditFailures.Duplicate("id", EditMessages.DuplicateId("a source", id ?? ""));
        }
    }

    public async Task<SourceRecord> UpdateAsync(string id, SourceInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check.SameId(errors, "id", input.Id, id);
        var source = Validate(input, errors);
        var version = Check.Version(errors, input.Version);
        return await session.WriteAsync(async tx =>
        {
            var stored = await tx.RunAsync(GetQuery, ("id", id)).ConfigureAwait(false);
            if (stored.Count == 0)
            {
                throw ApiErrors.SourceNotFound(id);
            }

            errors.ThrowIfAny();
            var rows = await tx.RunAsync(UpdateQuery, [("id", id), ("version", version), .. source.Parameters()]).ConfigureAwait(false);
            return rows.Count == 0
                ? throw EditFailures.Stale("source", version, new StoredVersion(stored[0].Long("version") ?? 0, stored[0].String("recordedBy"), stored[0].String("recordedAt")))
                : ToRecord(rows[0]);
        }, ct, idempotent: true).ConfigureAwait(false);
    }

    /// <summary>Deletes the source; if evidence cites it, only with <paramref name="confirm"/>, and that evidence goes too.</summary>
    public async Task DeleteAsync(string id, bool confirm, long? version, CancellationToken ct)
    {
        await session.WriteAsync(async tx =>
        {
            var rows = await tx.RunAsync(LockQuery, ("id", id)).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                throw ApiErrors.SourceNotFound(id);
            }

            var row = rows[0];
            var current = row.Long("version") ?? 0;
            if (version is { } v && v != current)
            {
                throw EditFailures.Stale("source", v, new StoredVersion(current, row.String("recordedBy"), row.String("recordedAt")));
            }

            var evidence = row.Long("evidence") ?? 0;
            if (evidence > 0 && !confirm)
            {
                throw EditFailures.ConfirmationRequired(
                    EditMessages.SourceHasEvidence(row.String("title") ?? id, evidence),
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["evidenceCount"] = evidence, ["version"] = current });
            }

            await tx.RunAsync(DeleteEvidenceQuery, ("id", id)).ConfigureAwait(false);
            await tx.RunAsync(DeleteQuery, ("id", id)).ConfigureAwait(false);
            return true;
        }, ct, idempotent: true).ConfigureAwait(false);
    }

    private static ValidSource Validate(SourceInput input, FieldErrors errors)
    {
        var title = Check.Text(errors, "title", "The title", input.Title, EditLimits.MaxTitle, required: true);
        var publisher = Check.Text(errors, "publisher", "The publisher", input.Publisher, EditLimits.MaxName);
        var url = Check.Text(errors, "url", "The address", input.Url, EditLimits.MaxUrl);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add("url", EditMessages.BadUrl(url));
        }

        var published = Check.Date(errors, "published", input.Published, input.PublishedPrecision);
        var reliability = Check.Text(errors, "reliability", "The reliability", input.Reliability, 1 + 10)?.ToUpperInvariant();
        if (reliability is not null && reliability is not ("A" or "B" or "C" or "D" or "E" or "F"))
        {
            errors.Add("reliability", EditMessages.BadReliability(reliability));
        }

        return new ValidSource(title ?? "", publisher, url, published, reliability);
    }

    private static SourceRecord ToRecord(ResultRow row) => new(
        row.RequiredString("id"),
        row.String("title") ?? row.RequiredString("id"),
        row.String("publisher"),
        row.String("url"),
        row.String("published"),
        row.String("publishedPrecision"),
        row.String("reliability"),
        row.Long("version") ?? 0,
        row.String("recordedAt"),
        row.String("recordedBy"),
        row.Long("evidenceCount") ?? 0);

    private sealed record ValidSource(string Title, string? Publisher, string? Url, PreciseDate? Published, string? Reliability)
    {
        public (string, object?)[] Parameters() =>
        [
            ("title", Title), ("publisher", Publisher), ("url", Url),
            ("published", Published?.Iso), ("publishedPrecision", Published?.Precision), ("reliability", Reliability),
        ];
    }
}
