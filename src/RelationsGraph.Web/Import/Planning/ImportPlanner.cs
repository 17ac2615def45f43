using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Tables;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// Works out, row by row, what an import does: reads each row through the mapping, finds the actors it names,
/// drops duplicates, compares with what the store holds, and lists the writes. Nothing is written here, so
/// the same plan is the dry run and, inside the write transaction, the basis of the apply.
/// </summary>
internal sealed partial class ImportPlanner(NetworkRegistry registry, ImportStore store, ImportContext context, Action<ImportProgress>? progress)
{
    /// <summary>More pairs than this from one file is surely a wrong pairWithin column.</summary>
    public const int MaxPairs = 2_000_000;

    private const string TieEntity = "tie";
    private const string ActorEntity = "actor";

    // Actors an earlier section of the same import writes, so a later section's ties may name them.
    private readonly HashSet<string> _actorsInImport = new(StringComparer.Ordinal);

    public async Task<ImportPlan> PlanTableAsync(ImportTable table, ImportMapping mapping, SourceRecord source, CancellationToken ct)
    {
        var plan = new ImportPlan();
        await PlanSourceAsync(plan, source, ct).ConfigureAwait(false);
        var reader = new RowReader(table);
        var rows = SelectRows(plan, reader, mapping);
        if (mapping.Target == ImportMapping.Actors)
        {
            plan.RowEntities.Add(ActorEntity);
            await PlanActorsAsync(plan, reader, rows, mapping.Actor!, ct).ConfigureAwait(false);
        }
        else
        {
            plan.RowEntities.Add(TieEntity);
            await PlanTiesAsync(plan, reader, rows, mapping, ct).ConfigureAwait(false);
        }

        plan.SortOutcomes();
        return plan;
    }

    public async Task PlanSourceAsync(ImportPlan plan, SourceRecord source, CancellationToken ct)
    {
        var existing = (await store.SourcesAsync([source.Id], ct).ConfigureAwait(false)).GetValueOrDefault(source.Id);
        if (existing is null)
        {
            var properties = new Dictionary<string, object?>(source.Properties, StringComparer.Ordinal)
            {
                ["id"] = source.Id,
                ["importedAt"] = context.Today,
                ["importedBy"] = context.User,
            };
            plan.Sources.Add(new EntityWrite(source.Id, true, properties));
            return;
        }

        var changed = source.Properties.Where(p => !ImportValues.Same(existing.GetValueOrDefault(p.Key), p.Value)).ToDictionary(StringComparer.Ordinal);
        if (changed.Count > 0)
        {
            plan.Sources.Add(new EntityWrite(source.Id, false, changed));
        }
    }

    /// <summary>Rows with the header's number of fields that pass the filters; the others are rejected or counted as filtered.</summary>
    private List<TableRow> SelectRows(ImportPlan plan, RowReader reader, ImportMapping mapping)
    {
        var selected = new List<TableRow>(reader.Table.Rows.Count);
        var columns = reader.Table.Columns.Count;
        foreach (var row in reader.Table.Rows)
        {
            plan.Rows++;
            if (row.Cells.Count != columns)
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Reject, mapping.Target == ImportMapping.Actors ? ActorEntity : TieEntity, null,
                    Reasons: [$"the row has {row.Cells.Count} fields; the header has {columns}"]));
                continue;
            }

            if (!(mapping.Filter ?? []).All(f => Passes(reader, row, f)))
            {
                plan.Filtered++;
                continue;
            }

            selected.Add(row);
        }

        progress?.Invoke(new ImportProgress("reading", plan.Rows, plan.Rows));
        return selected;
    }

    private static bool Passes(RowReader reader, TableRow row, FilterSpec filter)
    {
        var cell = reader.Cell(row, filter.Column) ?? "";
        return (filter.In is null || filter.In.Count == 0 || filter.In.Contains(cell)) && (filter.NotIn is null || !filter.NotIn.Contains(cell));
    }

    /// <summary>Properties mapped explicitly, and (with fromColumns) every other column named like a declared property.</summary>
    private static void ReadProperties(
        RowReader reader,
        TableRow row,
        IReadOnlyDictionary<string, ValueSpec>? mapped,
        bool fromColumns,
        IReadOnlySet<string> usedColumns,
        Func<string, PropertyDefinition?> declared,
        string owner,
        Dictionary<string, object?> properties,
        List<string> reasons)
    {
        foreach (var (name, spec) in mapped ?? new Dictionary<string, ValueSpec>())
        {
            var definition = declared(name);
            var text = reader.Value(row, spec);
            if (definition is null)
            {
                // A file of mixed types maps a column some types lack; only a value there is a problem.
                if (text is not null)
                {
                    reasons.Add($"'{name}' is not a declared property of {owner}");
                }

                continue;
            }

            properties[name] = text is null ? null : Convert(text, definition, reasons);
        }

        if (!fromColumns)
        {
            return;
        }

        foreach (var column in reader.Table.Columns)
        {
            if (usedColumns.Contains(column) || mapped?.ContainsKey(column) == true)
            {
                continue;
            }

            var definition = declared(column);
            var cell = reader.Cell(row, column);
            if (definition is null)
            {
                if (cell is not null)
                {
                    reasons.Add($"the column '{column}' is not a declared property of {owner} (cypher/registry.json)");
                }

                continue;
            }

            properties[column] = cell is null ? null : Convert(cell, definition, reasons);
        }
    }

    private static object? Convert(string text, PropertyDefinition definition, List<string> reasons)
    {
        var value = ImportValues.Convert(text, definition.Type, definition.Name, out var error);
        if (error is not null)
        {
            reasons.Add(error);
        }

        return value;
    }

    /// <summary>The properties whose values differ, as "name: old → new" lines.</summary>
    private static List<string> Changes(IReadOnlyDictionary<string, object?> existing, IReadOnlyDictionary<string, object?> wanted) =>
        wanted
            .Where(p => !ImportValues.Same(existing.GetValueOrDefault(p.Key), p.Value))
            .Select(p => $"{p.Key}: {ImportValues.Show(existing.GetValueOrDefault(p.Key))} → {ImportValues.Show(p.Value)}")
            .ToList();

    /// <summary>Fills recordedAt, recordedBy and version 1 on a new entity when declared and not given by the file.</summary>
    private Dictionary<string, object?> WithRecord(string id, IReadOnlyDictionary<string, object?> properties, Func<string, PropertyDefinition?> declared)
    {
        var result = new Dictionary<string, object?>(properties.Count + 4, StringComparer.Ordinal) { ["id"] = id };
        foreach (var (key, value) in properties)
        {
            result[key] = value;
        }

        if (!context.Stamp)
        {
            return result;
        }

        if (declared("recordedAt") is not null && result.GetValueOrDefault("recordedAt") is null)
        {
            result["recordedAt"] = context.Today;
        }

        if (declared("recordedBy") is not null && result.GetValueOrDefault("recordedBy") is null)
        {
            result["recordedBy"] = context.User;
        }

        if (declared("version") is not null && result.GetValueOrDefault("version") is null)
        {
            result["version"] = 1L;
        }

        return result;
    }

    /// <summary>
    /// The properties an update writes: the changed ones, and (as an edit does) who changed the entity and when;
    /// and whether its version goes up by one, so an edit form opened before the import is refused as stale.
    /// </summary>
    private (Dictionary<string, object?> Properties, bool Bump) ForUpdate(IReadOnlyDictionary<string, object?> stored, IReadOnlyDictionary<string, object?> wanted, Func<string, PropertyDefinition?> declared)
    {
        var changed = wanted.Where(p => !ImportValues.Same(stored.GetValueOrDefault(p.Key), p.Value)).ToDictionary(StringComparer.Ordinal);
        if (!context.Stamp)
        {
            return (changed, false);
        }

        if (declared("recordedAt") is not null && !wanted.ContainsKey("recordedAt"))
        {
            changed["recordedAt"] = context.Today;
        }

        if (declared("recordedBy") is not null && !wanted.ContainsKey("recordedBy"))
        {
            changed["recordedBy"] = context.User;
        }

        return (changed, declared("version") is not null && !wanted.ContainsKey("version"));
    }

    private void Report(string phase, long done, long total)
    {
        if (done == total || done % 2000 == 0)
        {
            progress?.Invoke(new ImportProgress(phase, done, total));
        }
    }
}
