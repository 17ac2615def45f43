using System.Text.RegularExpressions;
using RelationsGraph.Core.Errors;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;
using RelationsGraph.Web.Data;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// Creates, changes and deletes actors, each in one transaction. A change carries the version it was made
/// from and is refused if the actor moved on meanwhile; deleting an actor with ties needs confirmation.
/// </summary>
public sealed partial class ActorEditor(EditSession session, NetworkRegistry registry)
{
    private const string Columns = """
        a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, a.country AS country, a.description AS description,
        coalesce(a.version, 0) AS version, toString(a.recordedAt) AS recordedAt, a.recordedBy AS recordedBy
        """;

    internal const string GetQuery = $"MATCH (a:Actor {{id: $id}}) RETURN {Columns}";

    internal const string ListQuery = """
        MATCH (a:Actor)
        WITH a, toLower($q) AS q
        WHERE q = '' OR toLower(a.name) CONTAINS q OR toLower(a.id) CONTAINS q OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS q)
        WITH a ORDER BY a.name, a.id LIMIT $limit
        OPTIONAL MATCH (a)-[r]-(:Actor)
        RETURN a.id AS id, a.name AS name, a.kind AS kind, count(DISTINCT r) AS ties
        ORDER BY name, id
        """;

    internal const string CountQuery = """
        MATCH (a:Actor)
        WITH a, toLower($q) AS q
        WHERE q = '' OR toLower(a.name) CONTAINS q OR toLower(a.id) CONTAINS q OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS q)
        RETURN count(a) AS n
        """;

    internal const string NamesQuery = "MATCH (a:Actor) RETURN a.id AS id, a.name AS name ORDER BY name, id";

    internal const string TakenIdsQuery = "UNWIND $ids AS x MATCH (a:Actor {id: x}) RETURN a.id AS id";

    internal const string CreateQuery = $$"""
        CREATE (a:Actor {id: $id})
        SET a.name = $name, a.kind = $kind, a.aliases = $aliases, a.country = $country, a.description = $description,
            a.version = 1, a.recordedAt = date($today), a.recordedBy = $by
        RETURN {{Columns}}
        """;

    // The first SET takes the write lock on Neo4j before the version is compared, so two concurrent changes
    // from the same version cannot both pass; the embedded store serializes write transactions anyway.
    internal const string UpdateQuery = $$"""
        MATCH (a:Actor {id: $id})
        SET a.version = coalesce(a.version, 0)
        WITH a WHERE a.version = $version
        SET a.name = $name, a.kind = $kind, a.aliases = $aliases, a.country = $country, a.description = $description,
            a.version = a.version + 1, a.recordedAt = date($today), a.recordedBy = $by
        RETURN {{Columns}}
        """;

    internal const string VersionQuery =
        "MATCH (a:Actor {id: $id}) RETURN coalesce(a.version, 0) AS version, a.recordedBy AS recordedBy, toString(a.recordedAt) AS recordedAt";

    private const string DependentsBody = """
        OPTIONAL MATCH (a)-[r]-(:Actor)
        WITH a, count(DISTINCT r) AS ties, [tid IN collect(DISTINCT r.id) WHERE tid IS NOT NULL] AS tieIds
        OPTIONAL MATCH (e:Evidence) WHERE e.tieId IN tieIds
        WITH a, ties, tieIds, count(DISTINCT e) AS evidence
        OPTIONAL MATCH (x:Evidence)-[:BY]->(a) WHERE NOT x.tieId IN tieIds
        RETURN a.name AS name, coalesce(a.version, 0) AS version, a.recordedBy AS recordedBy, toString(a.recordedAt) AS recordedAt,
               ties, tieIds, evidence, count(DISTINCT x) AS attributed
        """;

    internal const string PreviewDeleteQuery = $"MATCH (a:Actor {{id: $id}}) WITH a {DependentsBody}";

    internal const string LockForDeleteQuery = $"MATCH (a:Actor {{id: $id}}) SET a.version = coalesce(a.version, 0) WITH a {DependentsBody}";

    internal const string DeleteTieEvidenceQuery = "UNWIND $tieIds AS x MATCH (e:Evidence {tieId: x}) DETACH DELETE e";

    internal const string DeleteTieHistoryQuery = "UNWIND $tieIds AS x MATCH (h:TieChange {tieId: x}) DELETE h";

    internal const string DeleteQuery = "MATCH (a:Actor {id: $id}) DETACH DELETE a";

    public async Task<ActorRecord> GetAsync(string id, CancellationToken ct)
    {
        var rows = await session.ReadAsync(GetQuery, ct, ("id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? throw ApiErrors.ActorNotFound(id) : ToRecord(rows[0]);
    }

    /// <summary>Actors whose name, id or an alias contains <paramref name="q"/>, with their tie counts, and how many match in all.</summary>
    internal async Task<(IReadOnlyList<ActorListItem> Actors, long Total)> ListAsync(string? q, int limit, CancellationToken ct)
    {
        var text = (q ?? "").Trim();
        var rows = await session.ReadAsync(ListQuery, ct, ("q", text), ("limit", (long)limit)).ConfigureAwait(false);
        var total = await session.ReadAsync(CountQuery, ct, ("q", text)).ConfigureAwait(false);
        return (rows.Select(r => new ActorListItem(r.RequiredString("id"), r.RequiredString("name"), r.RequiredString("kind"), r.Long("ties") ?? 0)).ToList(),
            total[0].Long("n") ?? 0);
    }

    /// <summary>Every actor's id and name, for pickers.</summary>
    internal async Task<IReadOnlyList<(string Id, string Name)>> NamesAsync(CancellationToken ct)
    {
        var rows = await session.ReadAsync(NamesQuery, ct).ConfigureAwait(false);
        return rows.Select(r => (r.RequiredString("id"), r.String("name") ?? r.RequiredString("id"))).ToList();
    }

    public async Task<ActorRecord> CreateAsync(ActorInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = Check.NewId(errors, "id", input.Id);
        var actor = Validate(input, errors);
        errors.ThrowIfAny();
        try
        {
            return await session.WriteAsync(async tx =>
            {
                if (id is null)
                {
                    var stem = Ids.Slug(actor.Name) is { Length: > 0 } slug ? slug : "actor";
                    id = await Ids.FirstFreeAsync(stem, candidates => tx.TakenAsync(TakenIdsQuery, candidates)).ConfigureAwait(false);
                }
                else if ((await tx.RunAsync(GetQuery, ("id", id)).ConfigureAwait(false)).Count > 0)
                {
                    throw EditFailures.Duplicate("id", EditMessages.DuplicateId("an actor", id));
                }

                var rows = await tx.RunAsync(CreateQuery, [("id", id), .. actor.Parameters()]).ConfigureAwait(false);
                return ToRecord(rows[0]);
            }, ct).ConfigureAwait(false);
        }
        catch (CypherException ex) when (ex.Code == Neo4jCodes.ConstraintValidationFailed)
        {
            // Another request created the same id between the check and the write (possible on Neo4j only).
            throw EditFailures.Duplicate("id", EditMessages.DuplicateId("an actor", id ?? ""));
        }
    }

    public async Task<ActorRecord> UpdateAsync(string id, ActorInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Check.SameId(errors, "id", input.Id, id);
        var actor = Validate(input, errors);
        var version = Check.Version(errors, input.Version);
        return await session.WriteAsync(async tx =>
        {
            var current = await tx.RunAsync(VersionQuery, ("id", id)).ConfigureAwait(false);
            if (current.Count == 0)
            {
                throw ApiErrors.ActorNotFound(id);
            }

            errors.ThrowIfAny();
            var rows = await tx.RunAsync(UpdateQuery, [("id", id), ("version", version), .. actor.Parameters()]).ConfigureAwait(false);
            return rows.Count == 0 ? throw EditFailures.Stale("actor", version, Stored(current[0])) : ToRecord(rows[0]);
        }, ct, idempotent: true).ConfigureAwait(false);
    }

    /// <summary>What deleting the actor would take with it, read without changing anything.</summary>
    internal async Task<ActorDeletion> PreviewDeleteAsync(string id, CancellationToken ct)
    {
        var rows = await session.ReadAsync(PreviewDeleteQuery, ct, ("id", id)).ConfigureAwait(false);
        return rows.Count == 0 ? throw ApiErrors.ActorNotFound(id) : ToDeletion(id, rows[0]);
    }

    /// <summary>
    /// Deletes the actor. With ties, only when <paramref name="confirm"/> is set, and when <paramref name="expectedTies"/>
    /// is given only if the actor still has exactly that many (what the analyst confirmed); its ties go with it, with
    /// their evidence and history. Evidence the actor asserted or denied on other ties stays, no longer naming it.
    /// </summary>
    public async Task DeleteAsync(string id, bool confirm, long? expectedTies, long? version, CancellationToken ct)
    {
        await session.WriteAsync(async tx =>
        {
            var rows = await tx.RunAsync(LockForDeleteQuery, ("id", id)).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                throw ApiErrors.ActorNotFound(id);
            }

            var deletion = ToDeletion(id, rows[0]);
            if (version is { } v && v != deletion.Version)
            {
                throw EditFailures.Stale("actor", v, Stored(rows[0]));
            }

            if (expectedTies is { } expected && expected != deletion.Ties)
            {
                throw EditFailures.ConfirmationRequired(EditMessages.TiesChanged(expected, deletion.Ties), deletion.Figures());
            }

            if (deletion.Ties > 0 && !confirm)
            {
                throw EditFailures.ConfirmationRequired(
                    EditMessages.ActorHasTies(deletion.Name, deletion.Ties, deletion.Evidence, deletion.Attributed),
                    deletion.Figures());
            }

            var tieIds = deletion.TieIds.Cast<object?>().ToList();
            await tx.RunAsync(DeleteTieEvidenceQuery, ("tieIds", tieIds)).ConfigureAwait(false);
            await tx.RunAsync(DeleteTieHistoryQuery, ("tieIds", tieIds)).ConfigureAwait(false);
            await tx.RunAsync(DeleteQuery, ("id", id)).ConfigureAwait(false);
            return true;
        }, ct, idempotent: true).ConfigureAwait(false);
    }

    private ValidActor Validate(ActorInput input, FieldErrors errors)
    {
        var name = Check.Text(errors, "name", "The name", input.Name, EditLimits.MaxName, required: true);
        var kind = Check.Kind(errors, registry, input.Kind);
        var aliases = (input.Aliases ?? [])
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (aliases.Count > EditLimits.MaxAliases)
        {
            errors.Add("aliases", EditMessages.TooMany("aliases", EditLimits.MaxAliases));
        }

        foreach (var alias in aliases.Where(a => a.Length > EditLimits.MaxName))
        {
            errors.Add("aliases", EditMessages.TooLong($"The alias '{alias[..20]}…'", EditLimits.MaxName));
        }

        var country = Check.Text(errors, "country", "The country", input.Country, 3);
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            errors.Add("country", EditMessages.BadCountry(country));
        }

        var description = Check.Text(errors, "description", "The description", input.Description, EditLimits.MaxText);
        return new ValidActor(name ?? "", kind ?? "", aliases, country, description);
    }

    private static StoredVersion Stored(ResultRow row) =>
        new(row.Long("version") ?? 0, row.String("recordedBy"), row.String("recordedAt"));

    private static ActorDeletion ToDeletion(string id, ResultRow row) => new(
        id,
        row.String("name") ?? id,
        row.Long("version") ?? 0,
        row.Long("ties") ?? 0,
        row.Strings("tieIds"),
        row.Long("evidence") ?? 0,
        row.Long("attributed") ?? 0);

    private static ActorRecord ToRecord(ResultRow row) => new(
        row.RequiredString("id"),
        row.RequiredString("name"),
        row.RequiredString("kind"),
        row.Strings("aliases"),
        row.String("country"),
        row.String("description"),
        row.Long("version") ?? 0,
        row.String("recordedAt"),
        row.String("recordedBy"));

    [GeneratedRegex("^[A-Z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();

    private sealed record ValidActor(string Name, string Kind, IReadOnlyList<string> Aliases, string? Country, string? Description)
    {
        public (string, object?)[] Parameters() =>
        [
            ("name", Name), ("kind", Kind), ("aliases", Aliases.Cast<object?>().ToList()), ("country", Country), ("description", Description),
        ];
    }
}
