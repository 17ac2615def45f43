using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Tables;

namespace RelationsGraph.Web.Import.Planning;

internal sealed partial class ImportPlanner
{
    private const string SourceEntity = "source";
    private const string EvidenceEntity = "evidence";
    private const string HistoryEntity = "history";

    /// <summary>The fields of a history entry, with the type each is read as (from/to follow the field they describe).</summary>
    private static readonly IReadOnlyDictionary<string, string> HistoryFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tieId"] = "string", ["at"] = "temporal", ["by"] = "string", ["field"] = "string", ["from"] = "value", ["to"] = "value", ["version"] = "integer",
    };

    private static readonly IReadOnlyDictionary<string, string> HistoryValueTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["status"] = "string", ["phase"] = "string", ["confidence"] = "integer",
    };

    /// <summary>
    /// A graph document (the JSON export) is restored as it is, in one plan: its sources, its actors and ties
    /// through the native mappings, then its evidence with the sources they cite and the actors they name.
    /// </summary>
    public async Task<ImportPlan> PlanGraphAsync(ParsedFile file, SourceRecord importSource, CancellationToken ct)
    {
        var plan = new ImportPlan();
        plan.RowEntities.UnionWith([SourceEntity, ActorEntity, TieEntity, EvidenceEntity, HistoryEntity]);
        await PlanSourceAsync(plan, importSource, ct).ConfigureAwait(false);
        var documentSources = await PlanSourcesAsync(plan, file.Tables["sources"], ct).ConfigureAwait(false);
        documentSources.Add(importSource.Id);

        var actors = new RowReader(file.Tables["actors"].WithColumns(MappingColumns.Of(NativeMappings.Actors)));
        if (actors.Table.Rows.Count > 0)
        {
            ThrowIfInvalid(MappingValidator.Validate(NativeMappings.Actors, registry, actors.Table.Columns), "actors");
            var start = plan.Outcomes.Count;
            await PlanActorsAsync(plan, actors, SelectRows(plan, actors, NativeMappings.Actors), NativeMappings.Actors.Actor!, ct).ConfigureAwait(false);
            plan.SortOutcomes(start);
        }

        var ties = new RowReader(file.Tables["ties"].WithColumns(MappingColumns.Of(NativeMappings.Ties)));
        if (ties.Table.Rows.Count > 0)
        {
            ThrowIfInvalid(MappingValidator.Validate(NativeMappings.Ties, registry, ties.Table.Columns), "ties");
            var start = plan.Outcomes.Count;
            await PlanTiesAsync(plan, ties, SelectRows(plan, ties, NativeMappings.Ties), NativeMappings.Ties, ct).ConfigureAwait(false);
            plan.SortOutcomes(start);
        }

        await PlanDocumentEvidenceAsync(plan, new RowReader(file.Tables["evidence"]), documentSources, ct).ConfigureAwait(false);
        if (file.Tables.TryGetValue("history", out var history))
        {
            var start = plan.Outcomes.Count;
            await PlanDocumentHistoryAsync(plan, new RowReader(history), ct).ConfigureAwait(false);
            plan.SortOutcomes(start);
        }

        return plan;
    }

    private static void ThrowIfInvalid(IReadOnlyList<string> problems, string section)
    {
        if (problems.Count > 0)
        {
            throw ImportErrors.InvalidMapping(problems.Select(p => $"in '{section}': {p}").ToList());
        }
    }

    private async Task<HashSet<string>> PlanSourcesAsync(ImportPlan plan, ImportTable table, CancellationToken ct)
    {
        var reader = new RowReader(table);
        var drafts = new List<(TableRow Row, string Id, Dictionary<string, object?> Properties)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            plan.Rows++;
            var reasons = new List<string>();
            var id = reader.Cell(row, "id");
            if (id is null)
            {
                reasons.Add("no source id");
            }

            var properties = Fixed(reader, row, NativeMappings.SourceProperties, "sources", reasons);
            if (reasons.Count > 0 || !seen.Add(id!))
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, reasons.Count > 0 ? RowOutcome.Reject : RowOutcome.Duplicate, SourceEntity, id,
                    Reasons: reasons.Count > 0 ? reasons : ["the same source id as an earlier record"]));
                continue;
            }

            drafts.Add((row, id!, properties));
        }

        var existing = await store.SourcesAsync(drafts.Select(d => d.Id), ct).ConfigureAwait(false);
        foreach (var (row, id, properties) in drafts)
        {
            if (plan.Sources.Any(s => s.Id == id))
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Reject, SourceEntity, id, Reasons: ["the id of the import's own source record"]));
                continue;
            }

            Diff(plan, plan.Sources, row, SourceEntity, id, properties, existing.GetValueOrDefault(id));
        }

        return seen;
    }

    private async Task PlanDocumentEvidenceAsync(ImportPlan plan, RowReader reader, HashSet<string> documentSources, CancellationToken ct)
    {
        var drafts = new List<(TableRow Row, string Id, Dictionary<string, object?> Properties, string? Source, string? By)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in reader.Table.Rows)
        {
            plan.Rows++;
            var reasons = new List<string>();
            var id = reader.Cell(row, "id");
            if (id is null)
            {
                reasons.Add("no evidence id");
            }

            var properties = Fixed(reader, row, NativeMappings.EvidenceProperties, "evidence", reasons, ["source", "by"]);
            if (properties.GetValueOrDefault("stance") is not string stance || !NativeMappings.Stances.Contains(stance))
            {
                reasons.Add($"the stance must be one of {string.Join(", ", NativeMappings.Stances)}");
            }

            if (properties.GetValueOrDefault("tieId") is null)
            {
                reasons.Add("no tieId");
            }

            if (reasons.Count > 0 || !seen.Add(id!))
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, reasons.Count > 0 ? RowOutcome.Reject : RowOutcome.Duplicate, EvidenceEntity, id,
                    Reasons: reasons.Count > 0 ? reasons : ["the same evidence id as an earlier record"]));
                continue;
            }

            drafts.Add((row, id!, properties, reader.Cell(row, "source"), reader.Cell(row, "by")));
        }

        var sourcesInStore = await store.SourcesAsync(drafts.Select(d => d.Source).OfType<string>(), ct).ConfigureAwait(false);
        var actorsInStore = await store.ActorsAsync(drafts.Select(d => d.By).OfType<string>(), ct).ConfigureAwait(false);
        var existing = await store.EvidenceAsync(drafts.Select(d => d.Id), ct).ConfigureAwait(false);
        foreach (var (row, id, properties, source, by) in drafts)
        {
            var reasons = new List<string>();
            if (source is not null && !documentSources.Contains(source) && !sourcesInStore.ContainsKey(source))
            {
                reasons.Add($"it cites the source '{source}', which is neither in the file nor in the store");
            }

            if (by is not null && !_actorsInImport.Contains(by) && !actorsInStore.ContainsKey(by))
            {
                reasons.Add($"it names the actor '{by}', which is neither in the file nor in the store");
            }

            if (reasons.Count > 0)
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Reject, EvidenceEntity, id, Reasons: reasons));
                continue;
            }

            if (!existing.TryGetValue(id, out var stored))
            {
                plan.Evidence.Add(new EvidenceWrite(id, true, properties.Append(new("id", id)).ToDictionary(StringComparer.Ordinal), source, by, false));
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Create, EvidenceEntity, id));
                continue;
            }

            var changes = Changes(stored.Properties, properties);
            var relink = stored.Source != source || stored.By != by;
            if (stored.Source != source)
            {
                changes.Add($"source: {stored.Source ?? "(none)"} → {source ?? "(none)"}");
            }

            if (stored.By != by)
            {
                changes.Add($"by: {stored.By ?? "(none)"} → {by ?? "(none)"}");
            }

            if (changes.Count == 0)
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Unchanged, EvidenceEntity, id));
                continue;
            }

            plan.Evidence.Add(new EvidenceWrite(id, false, properties.Where(p => !ImportValues.Same(stored.Properties.GetValueOrDefault(p.Key), p.Value)).ToDictionary(StringComparer.Ordinal), source, by, relink));
            plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Update, EvidenceEntity, id, Changes: changes));
        }
    }

    /// <summary>
    /// A graph document's tie history: each entry is created as it was (who, when, which version) unless the store
    /// already keeps the same one (same tie, time, field and version), so reading an export back twice adds nothing.
    /// </summary>
    private async Task PlanDocumentHistoryAsync(ImportPlan plan, RowReader reader, CancellationToken ct)
    {
        var drafts = new List<(TableRow Row, string TieId, Dictionary<string, object?> Properties)>();
        foreach (var row in reader.Table.Rows)
        {
            plan.Rows++;
            var reasons = new List<string>();
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            var field = reader.Cell(row, "field");
            foreach (var column in reader.Table.Columns)
            {
                var cell = reader.Cell(row, column);
                if (!HistoryFields.TryGetValue(column, out var type))
                {
                    if (cell is not null)
                    {
                        reasons.Add($"'{column}' is not a field of a history entry");
                    }

                    continue;
                }

                if (cell is null)
                {
                    continue;
                }

                string? error = null;
                properties[column] = type == "value"
                    ? ImportValues.Convert(cell, field is not null && HistoryValueTypes.TryGetValue(field, out var valueType) ? valueType : "string", column, out error)
                    : ImportValues.Convert(cell, type, column, out error);
                if (error is not null)
                {
                    reasons.Add(error);
                }
            }

            foreach (var required in new[] { "tieId", "at", "field", "version" }.Where(r => properties.GetValueOrDefault(r) is null && reader.Cell(row, r) is null))
            {
                reasons.Add($"no {required}");
            }

            if (field is not null && !HistoryValueTypes.ContainsKey(field))
            {
                reasons.Add($"the field must be one of {string.Join(", ", HistoryValueTypes.Keys)}");
            }

            var tieId = properties.GetValueOrDefault("tieId") as string;
            if (reasons.Count > 0)
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Reject, HistoryEntity, tieId, Reasons: reasons));
                continue;
            }

            drafts.Add((row, tieId!, properties));
        }

        var tiesInImport = plan.Ties.Select(t => t.Id)
            .Concat(plan.Outcomes.Where(o => o.Entity == TieEntity && o.Action != RowOutcome.Reject && o.Id is not null).Select(o => o.Id!))
            .ToHashSet(StringComparer.Ordinal);
        var tiesInStore = await store.TieIdsAsync(drafts.Select(d => d.TieId).Where(id => !tiesInImport.Contains(id)), ct).ConfigureAwait(false);
        var kept = (await store.HistoryAsync(drafts.Select(d => d.TieId), ct).ConfigureAwait(false)).Select(HistoryKey).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, tieId, properties) in drafts)
        {
            if (!tiesInImport.Contains(tieId) && !tiesInStore.Contains(tieId))
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Reject, HistoryEntity, tieId,
                    Reasons: [$"it is the history of the tie '{tieId}', which is neither in the file nor in the store"]));
                continue;
            }

            var key = HistoryKey(properties);
            if (!seen.Add(key))
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Duplicate, HistoryEntity, tieId, Reasons: ["the same history entry as an earlier record"]));
                continue;
            }

            if (kept.Contains(key))
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Unchanged, HistoryEntity, tieId));
                continue;
            }

            plan.History.Add(new EntityWrite(tieId, true, properties));
            plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Create, HistoryEntity, tieId));
        }
    }

    private static string HistoryKey(IReadOnlyDictionary<string, object?> entry) =>
        string.Join("\u001f", new[] { "tieId", "at", "field", "version" }.Select(k => Export.ExportValues.Cell(entry.GetValueOrDefault(k))));

    private static void Diff(ImportPlan plan, List<EntityWrite> writes, TableRow row, string entity, string id, Dictionary<string, object?> properties, IReadOnlyDictionary<string, object?>? stored)
    {
        if (stored is null)
        {
            writes.Add(new EntityWrite(id, true, properties.Append(new("id", id)).ToDictionary(StringComparer.Ordinal)));
            plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Create, entity, id));
            return;
        }

        var changes = Changes(stored, properties);
        if (changes.Count == 0)
        {
            plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Unchanged, entity, id));
            return;
        }

        writes.Add(new EntityWrite(id, false, properties.Where(p => !ImportValues.Same(stored.GetValueOrDefault(p.Key), p.Value)).ToDictionary(StringComparer.Ordinal)));
        plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Update, entity, id, Changes: changes));
    }

    /// <summary>Reads a record whose fields are fixed (sources, evidence); a field outside the list is refused, not dropped.</summary>
    private static Dictionary<string, object?> Fixed(RowReader reader, TableRow row, IReadOnlyDictionary<string, string> fields, string what, List<string> reasons, IReadOnlyList<string>? links = null)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in reader.Table.Columns)
        {
            if (column == "id" || links?.Contains(column) == true)
            {
                continue;
            }

            var cell = reader.Cell(row, column);
            if (!fields.TryGetValue(column, out var type))
            {
                if (cell is not null)
                {
                    reasons.Add($"'{column}' is not a field of {what}");
                }

                continue;
            }

            string? error = null;
            properties[column] = cell is null ? null : ImportValues.Convert(cell, type, column, out error);
            if (error is not null)
            {
                reasons.Add(error);
            }
        }

        return properties;
    }
}
