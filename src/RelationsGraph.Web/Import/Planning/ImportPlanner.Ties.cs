using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Tables;

namespace RelationsGraph.Web.Import.Planning;

internal sealed partial class ImportPlanner
{
    private async Task PlanTiesAsync(ImportPlan plan, RowReader reader, List<TableRow> rows, ImportMapping mapping, CancellationToken ct)
    {
        var spec = mapping.Tie!;
        var used = MappingColumns.Of(mapping);
        var candidates = new List<TieCandidate>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var candidate = ReadTie(reader, rows[i], spec, used);
            if (candidate.Reasons.Count > 0)
            {
                plan.Outcomes.Add(Outcome(candidate.Row, RowOutcome.Reject, null, candidate.Type, candidate.From?.Raw, candidate.To?.Raw, reasons: candidate.Reasons));
            }
            else
            {
                candidates.Add(candidate);
            }

            Report("reading", i + 1, rows.Count);
        }

        var resolver = new ActorResolver(store);
        resolver.Assume(_actorsInImport);
        await resolver.PrepareAsync(candidates.SelectMany(c => c.To is null ? [c.From!] : new[] { c.From!, c.To }).ToList(), ct).ConfigureAwait(false);
        var drafts = new List<TieDraft>(candidates.Count);
        var resolved = new List<(TieCandidate Candidate, string From, PlannedActor? Create)>();
        foreach (var candidate in candidates)
        {
            var (from, createFrom, fromReason) = resolver.Resolve(candidate.From!, "source actor");
            string? to = null;
            PlannedActor? createTo = null;
            string? toReason = null;
            if (candidate.To is not null)
            {
                (to, createTo, toReason) = resolver.Resolve(candidate.To, "target actor");
            }

            var self = from is not null && to is not null && from == to ? $"a tie from an actor to itself ('{from}')" : null;
            if (fromReason is not null || toReason is not null || self is not null)
            {
                List<string> reasons = [];
                foreach (var reason in (ReadOnlySpan<string?>)[fromReason, toReason, self])
                {
                    if (reason is not null)
                    {
                        reasons.Add(reason);
                    }
                }

                plan.Outcomes.Add(Outcome(candidate.Row, RowOutcome.Reject, null, candidate.Type, from ?? candidate.From!.Raw, to ?? candidate.To?.Raw, reasons: reasons));
                continue;
            }

            // Remember the actors to create now, so later rows naming them find them.
            if (createFrom is not null)
            {
                resolver.Creations.TryAdd(createFrom.Id, createFrom);
            }

            if (createTo is not null)
            {
                resolver.Creations.TryAdd(createTo.Id, createTo);
            }

            if (spec.PairWithin is { Count: > 0 })
            {
                resolved.Add((candidate, from!, createFrom));
                continue;
            }

            var id = candidate.ExplicitId ?? Ids.Derive([context.SourceId, candidate.Type!, .. candidate.KeyParts ?? [from!, to!, (candidate.ValidFrom?.ToString() ?? "")]]);
            drafts.Add(new TieDraft(id, candidate.Type!, from!, to!, candidate.Properties, candidate.Row.Row, candidate.Row.Where, [createFrom, createTo]));
        }

        if (spec.PairWithin is { Count: > 0 } pairWithin)
        {
            drafts.AddRange(Pairs(plan, reader, resolved, pairWithin, spec));
        }

        var unique = Deduplicate(plan, drafts);
        progress?.Invoke(new ImportProgress("checking", 0, unique.Count));
        // Derived ids start with the source id, so on a source's first import none of them can exist yet.
        var existing = spec.Id is null && FirstImportOfSource(plan)
            ? []
            : await store.TiesAsync(unique.Select(d => (d.Id, d.Type, spec.Id is not null)).ToList(), done => progress?.Invoke(new ImportProgress("checking", done, unique.Count)), ct).ConfigureAwait(false);
        var accepted = new List<TieDraft>();
        foreach (var draft in unique)
        {
            if (!existing.TryGetValue(draft.Id, out var stored))
            {
                plan.Ties.Add(new TieWrite(draft.Id, draft.Type, draft.From, draft.To, true, WithRecord(draft.Id, draft.Properties, n => registry.TieProperty(draft.Type, n))));
                plan.Outcomes.Add(Outcome(draft, RowOutcome.Create));
                accepted.Add(draft);
                continue;
            }

            var symmetric = registry.TieType(draft.Type)?.Symmetric == true;
            var sameEnds = (stored.From == draft.From && stored.To == draft.To) || (symmetric && stored.From == draft.To && stored.To == draft.From);
            if (stored.Type != draft.Type || !sameEnds)
            {
                var reason = stored.Type != draft.Type
                    ? $"the tie id '{draft.Id}' is already used by a {stored.Type} tie"
                    : $"the tie '{draft.Id}' already joins '{stored.From}' to '{stored.To}'; this row says '{draft.From}' to '{draft.To}' (a tie's ends do not change; give it another id)";
                plan.Outcomes.Add(Outcome(draft, RowOutcome.Reject, reasons: [reason]));
                continue;
            }

            var changes = Changes(stored.Properties, draft.Properties);
            if (changes.Count == 0)
            {
                plan.Outcomes.Add(Outcome(draft, RowOutcome.Unchanged));
                continue;
            }

            var (update, bump) = ForUpdate(stored.Properties, draft.Properties, n => registry.TieProperty(draft.Type, n));
            plan.Ties.Add(new TieWrite(draft.Id, draft.Type, draft.From, draft.To, false, update, bump));
            if (context.Stamp)
            {
                foreach (var field in TrackedFields.Where(f => draft.Properties.ContainsKey(f) && !ImportValues.Same(stored.Properties.GetValueOrDefault(f), draft.Properties[f])))
                {
                    plan.TieChanges.Add(new TieChangeWrite(draft.Id, draft.Type, field, stored.Properties.GetValueOrDefault(field), draft.Properties[field]));
                }
            }
            plan.Outcomes.Add(Outcome(draft, RowOutcome.Update, changes: changes));
            accepted.Add(draft);
        }

        PlanCreatedActors(plan, accepted, resolver);
        if (context.Evidence)
        {
            await PlanEvidenceAsync(plan, accepted, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Actors created for a tie's missing end: only those a created or updated tie needs.</summary>
    private void PlanCreatedActors(ImportPlan plan, List<TieDraft> accepted, ActorResolver resolver)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in accepted)
        {
            foreach (var create in draft.Creates.OfType<PlannedActor>())
            {
                var actor = resolver.Creations.GetValueOrDefault(create.Id) ?? create;
                if (!seen.Add(actor.Id))
                {
                    continue;
                }

                var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = actor.Name, ["kind"] = actor.Kind };
                plan.Actors.Add(new EntityWrite(actor.Id, true, WithRecord(actor.Id, properties, registry.ActorProperty)));
                plan.Outcomes.Add(new RowOutcome(draft.Row, draft.Where, RowOutcome.Create, ActorEntity, actor.Id, Name: actor.Name,
                    Reasons: [$"created for a tie's end: the store has no actor '{actor.Id}'"]));
            }
        }
    }

    private async Task PlanEvidenceAsync(ImportPlan plan, List<TieDraft> accepted, CancellationToken ct)
    {
        var wanted = accepted.ToDictionary(d => $"ev-{context.SourceId}-{d.Id}", StringComparer.Ordinal);
        var existing = FirstImportOfSource(plan) ? [] : await store.EvidenceAsync(wanted.Keys, ct).ConfigureAwait(false);
        foreach (var (id, draft) in wanted)
        {
            if (existing.ContainsKey(id))
            {
                continue;
            }

            var properties = new Dictionary<string, object?>(8, StringComparer.Ordinal)
            {
                ["id"] = id,
                ["tieId"] = draft.Id,
                ["stance"] = "asserts",
                ["quote"] = $"{context.FileName}, {draft.Where}",
                ["accessed"] = context.Today,
                ["accessedPrecision"] = PartialDate.Day,
            };
            plan.Evidence.Add(new EvidenceWrite(id, true, properties, context.SourceId, null, false));
        }
    }

    // The fields whose changes a tie's history keeps (as the edit forms keep them).
    private static readonly string[] TrackedFields = ["status", "phase", "confidence"];

    // The import's own Source is created by this plan: nothing derived from its id can be in the store yet.
    // (Should someone have made such an id by hand, the store's unique tie id rule still refuses the write.)
    private bool FirstImportOfSource(ImportPlan plan) => plan.Sources.Any(s => s.IsNew && s.Id == context.SourceId);

    /// <summary>Drops later rows that give an earlier row's tie again; refuses those that give it with other values.</summary>
    private static List<TieDraft> Deduplicate(ImportPlan plan, List<TieDraft> drafts)
    {
        var first = new Dictionary<string, TieDraft>(drafts.Count, StringComparer.Ordinal);
        var unique = new List<TieDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (!first.TryGetValue(draft.Id, out var earlier))
            {
                first[draft.Id] = draft;
                unique.Add(draft);
                continue;
            }

            var differences = Changes(earlier.Properties, draft.Properties);
            if (earlier.Type != draft.Type || earlier.From != draft.From || earlier.To != draft.To)
            {
                differences.Insert(0, $"{earlier.Type} {earlier.From} → {earlier.To} vs {draft.Type} {draft.From} → {draft.To}");
            }

            plan.Outcomes.Add(differences.Count == 0
                ? Outcome(draft, RowOutcome.Duplicate, reasons: [$"the same as {earlier.Where}"])
                : Outcome(draft, RowOutcome.Reject, reasons: [$"the same tie ('{draft.Id}') as {earlier.Where}, with other values: {string.Join("; ", differences)}"]));
        }

        return unique;
    }

    /// <summary>
    /// Every two rows sharing the pairWithin values give one tie between their actors (stored once, smaller id
    /// first), valid while both rows are: from the later start to the earlier end.
    /// </summary>
    private IEnumerable<TieDraft> Pairs(ImportPlan plan, RowReader reader, List<(TieCandidate Candidate, string From, PlannedActor? Create)> rows, IReadOnlyList<string> pairWithin, TieSpec spec)
    {
        var groups = rows
            .GroupBy(r => string.Join('\u001f', pairWithin.Select(c => reader.Cell(r.Candidate.Row, c) ?? "")), StringComparer.Ordinal)
            .ToList();
        var total = groups.Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        if (total > MaxPairs)
        {
            throw ImportErrors.InvalidMapping([$"pairing rows within {string.Join(", ", pairWithin)} gives {total:N0} pairs, more than {MaxPairs:N0}; check the pairWithin columns."]);
        }

        var drafts = new List<TieDraft>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            var keyValues = pairWithin.Select(c => reader.Cell(members[0].Candidate.Row, c) ?? "").ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, fromA, createA) = members[i];
                    var (b, fromB, createB) = members[j];
                    var where = a.Row.Line is { } la && b.Row.Line is { } lb ? $"lines {la} and {lb}" : $"records {a.Row.Row} and {b.Row.Row}";
                    var type = a.Type!;
                    if (fromA == fromB)
                    {
                        plan.Outcomes.Add(new RowOutcome(a.Row.Row, where, RowOutcome.Skip, TieEntity, null, type, fromA, fromB, Reasons: ["both rows name the same actor"]));
                        continue;
                    }

                    if (type != b.Type)
                    {
                        plan.Outcomes.Add(new RowOutcome(a.Row.Row, where, RowOutcome.Reject, TieEntity, null, type, fromA, fromB, Reasons: [$"the rows give different tie types ({type}, {b.Type})"]));
                        continue;
                    }

                    if (registry.TieType(type)?.Symmetric != true)
                    {
                        plan.Outcomes.Add(new RowOutcome(a.Row.Row, where, RowOutcome.Reject, TieEntity, null, type, fromA, fromB, Reasons: [$"pairs make undirected ties, but {type} is not symmetric"]));
                        continue;
                    }

                    var start = Later(a.ValidFrom, b.ValidFrom);
                    var end = Earlier(a.ValidTo, b.ValidTo);
                    if (start is not null && end is not null && end.EndEpochDay < start.Date.EpochDay)
                    {
                        plan.Outcomes.Add(new RowOutcome(a.Row.Row, where, RowOutcome.Skip, TieEntity, null, type, fromA, fromB,
                            Reasons: [$"their periods do not overlap ({a.ValidFrom}–{a.ValidTo?.ToString() ?? "open"} and {b.ValidFrom}–{b.ValidTo?.ToString() ?? "open"})"]));
                        continue;
                    }

                    var properties = new Dictionary<string, object?>(a.Properties, StringComparer.Ordinal);
                    if (spec.ValidFrom is not null)
                    {
                        SetDate(properties, "validFrom", start);
                    }

                    if (spec.ValidTo is not null)
                    {
                        SetDate(properties, "validTo", end);
                    }

                    if (spec.PhaseWhenEnded is { } ended)
                    {
                        properties["phase"] = end is not null ? ended : a.BasePhase;
                    }

                    var (low, high, createLow, createHigh) = string.CompareOrdinal(fromA, fromB) < 0 ? (fromA, fromB, createA, createB) : (fromB, fromA, createB, createA);
                    // The start tells apart two periods of the same pair (a member that left and rejoined).
                    var id = Ids.Derive([context.SourceId, type, .. keyValues, low, high, start?.ToString() ?? ""]);
                    drafts.Add(new TieDraft(id, type, low, high, properties, a.Row.Row, where, [createLow, createHigh]));
                }
            }
        }

        return drafts;

        static PartialDate? Later(PartialDate? x, PartialDate? y) => x is null ? y : y is null ? x : y.Date.EpochDay > x.Date.EpochDay ? y : x;

        static PartialDate? Earlier(PartialDate? x, PartialDate? y) => x is null ? y : y is null ? x : y.EndEpochDay < x.EndEpochDay ? y : x;
    }

    private TieCandidate ReadTie(RowReader reader, TableRow row, TieSpec spec, IReadOnlySet<string> used)
    {
        var reasons = new List<string>();
        var properties = new Dictionary<string, object?>(16, StringComparer.Ordinal);
        var type = reader.Value(row, spec.Type);
        if (type is null)
        {
            reasons.Add("no tie type");
        }
        else if (!registry.IsTieType(type))
        {
            reasons.Add($"'{type}' is not a tie type; known types: {string.Join(", ", registry.TieTypes.Select(t => t.Type))}");
            type = null;
        }

        var from = Endpoint(reader, row, spec.From!, "source actor", reasons);
        var to = spec.PairWithin is { Count: > 0 } ? null : Endpoint(reader, row, spec.To!, "target actor", reasons);
        string? explicitId = null;
        if (spec.Id is not null)
        {
            explicitId = reader.Key(row, spec.Id, "tie id", out var error);
            if (error is not null)
            {
                reasons.Add(error);
            }
            else if (explicitId!.Length > Ids.MaxLength)
            {
                reasons.Add($"the tie id is longer than {Ids.MaxLength} characters");
            }
        }

        var status = reader.Value(row, spec.Status);
        if (status is null)
        {
            reasons.Add("no status");
        }
        else if (!registry.IsStatus(status))
        {
            reasons.Add($"'{status}' is not a status; known statuses: {string.Join(", ", registry.Statuses.Select(s => s.Status))}");
        }

        properties["status"] = status;
        var validFrom = Date(reader, row, spec.ValidFrom, "validFrom", properties, reasons);
        var validTo = Date(reader, row, spec.ValidTo, "validTo", properties, reasons);
        Date(reader, row, spec.ReportedOn, "reportedOn", properties, reasons);
        if (validFrom is not null && validTo is not null && validTo.EndEpochDay < validFrom.Date.EpochDay)
        {
            reasons.Add($"validTo {validTo} is before validFrom {validFrom}");
        }

        var phase = reader.Value(row, spec.Phase);
        if (phase is not null && !registry.IsPhase(phase))
        {
            reasons.Add($"'{phase}' is not a phase; known phases: {string.Join(", ", registry.Phases.Select(p => p.Phase))}");
        }

        if (spec.Phase is not null || spec.PhaseWhenEnded is not null)
        {
            properties["phase"] = validTo is not null && spec.PhaseWhenEnded is not null ? spec.PhaseWhenEnded : phase;
        }

        if (spec.Confidence is not null)
        {
            var text = reader.Value(row, spec.Confidence);
            long? confidence = null;
            if (text is not null)
            {
                if (ImportValues.TryInteger(text, out var n) && n is >= 0 and <= 100)
                {
                    confidence = n;
                }
                else
                {
                    reasons.Add($"the confidence '{text}' is not a whole number 0–100");
                }
            }

            properties["confidence"] = confidence;
        }

        if (spec.Summary is not null)
        {
            properties["summary"] = reader.Value(row, spec.Summary);
        }

        if (type is not null)
        {
            ReadProperties(reader, row, spec.Properties, spec.PropertiesFromColumns, used, n => registry.TieProperty(type, n), $"{type} ties", properties, reasons);
        }

        var keyParts = spec.Key is { Count: > 0 } key ? key.Select(c => reader.Cell(row, c) ?? "").ToList() : null;
        return new TieCandidate(row, type, from, to, properties, validFrom, validTo, phase, explicitId, keyParts, reasons);
    }

    private static EndpointRef? Endpoint(RowReader reader, TableRow row, EndpointSpec spec, string what, List<string> reasons)
    {
        var raw = spec.Column is not null ? reader.Cell(row, spec.Column) : spec.Fixed?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            reasons.Add(spec.Column is not null ? $"no {what}: the column '{spec.Column}' is empty" : $"no {what}");
            return null;
        }

        var key = raw;
        if (spec.Match == EndpointSpec.ById)
        {
            key = reader.Key(row, spec, what, out var error)!;
            if (error is not null)
            {
                reasons.Add(error);
                return null;
            }
        }

        var name = spec.Create is { } create ? reader.Template(row, create.Name) : null;
        return new EndpointRef(spec, raw, key, name);
    }

    private static PartialDate? Date(RowReader reader, TableRow row, DateSpec? spec, string name, Dictionary<string, object?> properties, List<string> reasons)
    {
        if (spec is null)
        {
            return null;
        }

        var date = reader.Date(row, spec, name, out var error);
        if (error is not null)
        {
            reasons.Add(error);
        }

        SetDate(properties, name, date);
        return date;
    }

    private static void SetDate(Dictionary<string, object?> properties, string name, PartialDate? date)
    {
        properties[name] = date?.Date;
        properties[name + "Precision"] = date?.Precision;
    }

    private static RowOutcome Outcome(TableRow row, string action, string? id, string? type, string? from, string? to, IReadOnlyList<string>? reasons = null) =>
        new(row.Row, row.Where, action, TieEntity, id, type, from, to, Reasons: reasons);

    private static RowOutcome Outcome(TieDraft draft, string action, IReadOnlyList<string>? reasons = null, IReadOnlyList<string>? changes = null) =>
        new(draft.Row, draft.Where, action, TieEntity, draft.Id, draft.Type, draft.From, draft.To, Reasons: reasons, Changes: changes);

    private sealed record TieCandidate(
        TableRow Row,
        string? Type,
        EndpointRef? From,
        EndpointRef? To,
        Dictionary<string, object?> Properties,
        PartialDate? ValidFrom,
        PartialDate? ValidTo,
        string? BasePhase,
        string? ExplicitId,
        List<string>? KeyParts,
        List<string> Reasons);

    private sealed record TieDraft(string Id, string Type, string From, string To, Dictionary<string, object?> Properties, int Row, string Where, PlannedActor?[] Creates);
}
