using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Tables;

namespace RelationsGraph.Web.Import.Planning;

internal sealed partial class ImportPlanner
{
    private async Task PlanActorsAsync(ImportPlan plan, RowReader reader, List<TableRow> rows, ActorSpec spec, CancellationToken ct)
    {
        var used = MappingColumns.Of(new ImportMapping { Target = ImportMapping.Actors, Actor = spec });
        var drafts = new Dictionary<string, (TableRow Row, Dictionary<string, object?> Properties)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var reasons = new List<string>();
            var properties = ReadActor(reader, row, spec, used, reasons, out var id);
            if (reasons.Count > 0 || id is null)
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Reject, ActorEntity, id, Name: properties.GetValueOrDefault("name") as string, Reasons: reasons));
            }
            else if (drafts.TryGetValue(id, out var earlier))
            {
                var differences = Changes(earlier.Properties, properties);
                plan.Outcomes.Add(differences.Count == 0
                    ? new RowOutcome(row.Row, row.Where, RowOutcome.Duplicate, ActorEntity, id, Name: properties["name"] as string, Reasons: [$"the same as {earlier.Row.Where}"])
                    : new RowOutcome(row.Row, row.Where, RowOutcome.Reject, ActorEntity, id, Name: properties["name"] as string,
                        Reasons: [$"the same actor id '{id}' as {earlier.Row.Where}, with other values: {string.Join("; ", differences)}"]));
            }
            else
            {
                drafts[id] = (row, properties);
                order.Add(id);
            }

            Report("matching", i + 1, rows.Count);
        }

        var existing = await store.ActorsAsync(order, ct).ConfigureAwait(false);
        _actorsInImport.UnionWith(order);
        foreach (var id in order)
        {
            var (row, properties) = drafts[id];
            var name = properties["name"] as string;
            if (!existing.TryGetValue(id, out var stored))
            {
                plan.Actors.Add(new EntityWrite(id, true, WithRecord(id, properties, registry.ActorProperty)));
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Create, ActorEntity, id, Name: name));
                continue;
            }

            var changes = Changes(stored, properties);
            if (changes.Count == 0)
            {
                plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Unchanged, ActorEntity, id, Name: name));
                continue;
            }

            var (update, bump) = ForUpdate(stored, properties, registry.ActorProperty);
            plan.Actors.Add(new EntityWrite(id, false, update, bump));
            plan.Outcomes.Add(new RowOutcome(row.Row, row.Where, RowOutcome.Update, ActorEntity, id, Name: name, Changes: changes));
        }
    }

    private Dictionary<string, object?> ReadActor(RowReader reader, TableRow row, ActorSpec spec, IReadOnlySet<string> used, List<string> reasons, out string? id)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        var name = reader.Value(row, spec.Name);
        if (name is null)
        {
            reasons.Add("no name");
        }

        properties["name"] = name;
        var kind = reader.Value(row, spec.Kind);
        if (kind is null)
        {
            reasons.Add("no kind");
        }
        else if (!registry.IsActorKind(kind))
        {
            reasons.Add($"'{kind}' is not an actor kind; known kinds: {string.Join(", ", registry.ActorKinds.Select(k => k.Kind))}");
        }

        properties["kind"] = kind;
        id = null;
        if (spec.Id is not null)
        {
            id = reader.Key(row, spec.Id, "actor id", out var error);
            if (error is not null)
            {
                reasons.Add(error);
            }
        }
        else if (name is not null)
        {
            id = Ids.Slug(name);
            if (id.Length == 0)
            {
                reasons.Add($"the name '{name}' gives no id (it has no letters or digits); map an id column");
                id = null;
            }
        }

        if (id is { Length: > Ids.MaxLength })
        {
            reasons.Add($"the actor id is longer than {Ids.MaxLength} characters");
        }

        if (spec.Aliases is { Columns.Count: > 0 } aliases)
        {
            var list = aliases.Columns
                .Select(c => reader.Cell(row, c))
                .OfType<string>()
                .SelectMany(c => ImportValues.List(c, aliases.Separator))
                .Select(a => a.Trim())
                .Where(a => a.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Cast<object?>()
                .ToList();
            properties["aliases"] = list.Count == 0 ? null : list;
        }

        if (spec.Country is not null)
        {
            properties["country"] = reader.Value(row, spec.Country);
        }

        if (spec.Description is not null)
        {
            properties["description"] = reader.Value(row, spec.Description);
        }

        ReadProperties(reader, row, spec.Properties, spec.PropertiesFromColumns, used, registry.ActorProperty, "actors", properties, reasons);
        return properties;
    }
}
