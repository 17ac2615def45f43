using RelationsGraph.Web.Import.Mapping;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>
/// Finds the actor a tie's end names: by id, by name or alias (ignoring case), or through an alias table,
/// and says which actors would have to be created. Lookups are batched up front (<see cref="PrepareAsync"/>).
/// </summary>
internal sealed class ActorResolver(ImportStore store)
{
    private readonly HashSet<string> _existing = new(StringComparer.Ordinal);
    private Dictionary<string, List<string>>? _byName;

    /// <summary>Actors this import creates, by id, once a row that needs them is accepted.</summary>
    public Dictionary<string, PlannedActor> Creations { get; } = new(StringComparer.Ordinal);

    /// <summary>Actors the same import writes before its ties (a graph document's actors section).</summary>
    public void Assume(IEnumerable<string> ids) => _existing.UnionWith(ids);

    public async Task PrepareAsync(IReadOnlyCollection<EndpointRef> ends, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byName = false;
        foreach (var end in ends)
        {
            switch (end.Spec.Match)
            {
                case EndpointSpec.ById:
                    ids.Add(end.Key);
                    break;
                default:
                    byName = true;
                    if (AliasEntry(end) is { } entry)
                    {
                        ids.Add(entry.Id.Trim());
                    }

                    if (end.Spec.Create is not null)
                    {
                        ids.Add(CreatedId(end));
                    }

                    break;
            }
        }

        foreach (var id in (await store.ActorsAsync(ids, ct).ConfigureAwait(false)).Keys)
        {
            _existing.Add(id);
        }

        if (byName)
        {
            _byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (id, name, aliases) in await store.ActorNamesAsync(ct).ConfigureAwait(false))
            {
                foreach (var label in aliases.Prepend(name).OfType<string>().Select(Normalise).Distinct(StringComparer.Ordinal))
                {
                    if (!_byName.TryGetValue(label, out var list))
                    {
                        _byName[label] = list = [];
                    }

                    list.Add(id);
                }
            }
        }
    }

    /// <summary>The actor id an end resolves to, and the actor to create for it when the store lacks it; or a reason.</summary>
    public (string? Id, PlannedActor? Create, string? Reason) Resolve(EndpointRef end, string what)
    {
        var spec = end.Spec;
        switch (spec.Match)
        {
            case EndpointSpec.ById:
                return Known(end.Key) ? (end.Key, null, null)
                    : spec.Create is not null ? (end.Key, new PlannedActor(end.Key, end.CreateName ?? end.Raw, spec.Create.Kind), null)
                    : (null, null, $"no actor with id '{end.Key}' for the {what}{FromColumn(spec)}");
            case EndpointSpec.ByAlias when AliasEntry(end) is { } entry:
                var id = entry.Id.Trim();
                if (Known(id))
                {
                    return (id, null, null);
                }

                if (!string.IsNullOrWhiteSpace(entry.Name) && !string.IsNullOrWhiteSpace(entry.Kind))
                {
                    return (id, new PlannedActor(id, entry.Name.Trim(), entry.Kind.Trim()), null);
                }

                return spec.Create is not null
                    ? (id, new PlannedActor(id, end.CreateName ?? end.Raw, spec.Create.Kind), null)
                    : (null, null, $"the alias table maps '{end.Raw}' to '{id}', which is not an actor (give a name and kind in the table to create it)");
            default:
                var matches = _byName?.GetValueOrDefault(Normalise(end.Raw)) ?? [];
                var distinct = matches.Distinct(StringComparer.Ordinal).ToList();
                if (distinct.Count == 1)
                {
                    return (distinct[0], null, null);
                }

                if (distinct.Count > 1)
                {
                    return (null, null, $"the {what} '{end.Raw}' is ambiguous: it is the name or an alias of {distinct.Count} actors ({string.Join(", ", distinct.Order(StringComparer.Ordinal).Take(5))}); match by id or an alias table instead");
                }

                if (spec.Create is not null)
                {
                    var created = CreatedId(end);
                    return created.Length == 0
                        ? (null, null, $"the {what} '{end.Raw}' gives no usable id")
                        : Known(created) ? (created, null, null) : (created, new PlannedActor(created, end.CreateName ?? end.Raw, spec.Create.Kind), null);
                }

                return (null, null, $"no actor named '{end.Raw}' for the {what}{FromColumn(spec)}{(spec.Match == EndpointSpec.ByAlias ? " (not in the alias table, and no actor has that name or alias)" : " (matched by name or alias)")}");
        }
    }

    private bool Known(string id) => _existing.Contains(id) || Creations.ContainsKey(id);

    private static string CreatedId(EndpointRef end) => (end.Spec.Prefix ?? "") + Ids.Slug(end.Raw);

    private static AliasEntry? AliasEntry(EndpointRef end) =>
        end.Spec.Match == EndpointSpec.ByAlias
            ? end.Spec.Aliases?.FirstOrDefault(a => Normalise(a.Key) == Normalise(end.Raw))
            : null;

    private static string FromColumn(EndpointSpec spec) => spec.Column is null ? "" : $" (column '{spec.Column}')";

    private static string Normalise(string text) => text.Trim().ToLowerInvariant();
}

/// <summary>An actor a row names and this import creates.</summary>
internal sealed record PlannedActor(string Id, string Name, string Kind);

/// <summary>One end of a tie as a row gives it: the raw cell, the key made of it, and the name to create it with.</summary>
internal sealed record EndpointRef(EndpointSpec Spec, string Raw, string Key, string? CreateName);
