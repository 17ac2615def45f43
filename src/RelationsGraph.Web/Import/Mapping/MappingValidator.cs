using RelationsGraph.Web.Import.Planning;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// Checks a mapping before any row is read: every column it names exists in the file, every type, kind,
/// status, phase and property is in the registry, dates and keys are well formed. All problems are reported
/// at once. With no columns given (a preset on its own) only the registry checks run.
/// </summary>
internal static class MappingValidator
{
    public static readonly IReadOnlySet<string> CoreTieProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "status", "phase", "validFrom", "validFromPrecision", "validTo", "validToPrecision",
        "reportedOn", "reportedOnPrecision", "confidence", "summary",
    };

    public static readonly IReadOnlySet<string> CoreActorProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "name", "kind", "aliases", "country", "description",
    };

    public static IReadOnlyList<string> Validate(ImportMapping mapping, NetworkRegistry registry, IReadOnlyCollection<string>? columns)
    {
        var problems = new List<string>();
        var check = new Checker(problems, registry, columns is null ? null : new HashSet<string>(columns, StringComparer.Ordinal));
        check.Source(mapping.Source);
        if (mapping.Delimiter is { } delimiter && Unescape(delimiter) is null)
        {
            problems.Add($"the delimiter '{delimiter}' is not one character.");
        }

        foreach (var filter in mapping.Filter ?? [])
        {
            check.Column(filter.Column, "filter");
            if ((filter.In is null || filter.In.Count == 0) && (filter.NotIn is null || filter.NotIn.Count == 0))
            {
                problems.Add($"the filter on '{filter.Column}' lists no values ('in' or 'notIn').");
            }
        }

        switch (mapping.Target)
        {
            case ImportMapping.Actors:
                if (mapping.Actor is null)
                {
                    problems.Add("'actor' is required when the target is actors.");
                }
                else
                {
                    check.Actor(mapping.Actor);
                }

                break;
            case ImportMapping.Ties:
                if (mapping.Tie is null)
                {
                    problems.Add("'tie' is required when the target is ties.");
                }
                else
                {
                    check.Tie(mapping.Tie);
                }

                break;
            default:
                problems.Add($"the target '{mapping.Target}' is neither 'actors' nor 'ties'.");
                break;
        }

        return problems;
    }

    /// <summary>"\t" and "tab" mean a tab; otherwise the delimiter must be one character.</summary>
    public static char? Unescape(string delimiter) => delimiter switch
    {
        "\\t" or "tab" or "\t" => '\t',
        { Length: 1 } when delimiter[0] is not ('"' or '\r' or '\n') => delimiter[0],
        _ => null,
    };

    private sealed class Checker(List<string> problems, NetworkRegistry registry, HashSet<string>? columns)
    {
        public void Column(string? column, string what)
        {
            if (string.IsNullOrWhiteSpace(column))
            {
                problems.Add($"{what} names no column.");
            }
            else if (columns is not null && !columns.Contains(column))
            {
                problems.Add($"{what} uses the column '{column}', which the file does not have.");
            }
        }

        public void Template(string template, string what)
        {
            var references = RowReader.TemplateParts(template).Where(p => p.Column is not null).Select(p => p.Column!).ToList();
            foreach (var column in references)
            {
                Column(column, $"the template of {what}");
            }
        }

        public void Value(ValueSpec? spec, string what, bool required, Func<string, bool>? valid = null, string? validNames = null)
        {
            if (spec is null)
            {
                if (required)
                {
                    problems.Add($"{what} is required.");
                }

                return;
            }

            var sources = (spec.Column is not null ? 1 : 0) + (spec.Fixed is not null ? 1 : 0) + (spec.Template is not null ? 1 : 0);
            if (sources != 1)
            {
                problems.Add($"{what} needs exactly one of 'column', 'fixed' or 'template'.");
                return;
            }

            if (spec.Column is not null)
            {
                Column(spec.Column, what);
            }

            if (spec.Template is not null)
            {
                Template(spec.Template, what);
            }

            if (valid is null)
            {
                return;
            }

            if (spec.Fixed is { } fixedValue && !valid(fixedValue.Trim()))
            {
                problems.Add($"{what}: '{fixedValue}' is not valid; expected {validNames}.");
            }

            foreach (var (from, to) in spec.Values ?? new Dictionary<string, string>())
            {
                if (!string.IsNullOrEmpty(to) && !valid(to))
                {
                    problems.Add($"{what}: '{from}' is recoded to '{to}', which is not valid; expected {validNames}.");
                }
            }
        }

        public void Key(KeySpec? spec, string what, bool required)
        {
            if (spec is null)
            {
                if (required)
                {
                    problems.Add($"{what} is required.");
                }

                return;
            }

            if ((spec.Column is null) == (spec.Fixed is null))
            {
                problems.Add($"{what} needs exactly one of 'column' or 'fixed'.");
            }
            else if (spec.Column is not null)
            {
                Column(spec.Column, what);
            }
        }

        public void Date(DateSpec? spec, string what)
        {
            if (spec is null)
            {
                return;
            }

            if (spec.Column is not null)
            {
                Column(spec.Column, what);
                if (spec.Year is not null || spec.Month is not null || spec.Day is not null)
                {
                    problems.Add($"{what} names a date column and also year, month or day columns; use one or the other.");
                }
            }
            else if (spec.Year is not null)
            {
                Column(spec.Year, $"{what} (year)");
                if (spec.Month is not null)
                {
                    Column(spec.Month, $"{what} (month)");
                }
                else if (spec.Day is not null)
                {
                    problems.Add($"{what} has a day column but no month column.");
                }

                if (spec.Day is not null)
                {
                    Column(spec.Day, $"{what} (day)");
                }
            }
            else
            {
                problems.Add($"{what} needs a date 'column' or a 'year' column.");
            }

            if (spec.Precision is not null)
            {
                Column(spec.Precision, $"{what} (precision)");
            }
        }

        public void Source(SourceSpec? source)
        {
            if (source is null)
            {
                return;
            }

            if (source.Id is { } id && (!Ids.IsSlug(id) || id.Length > Ids.MaxLength))
            {
                problems.Add($"the source id '{id}' must be lower-case letters, digits and hyphens (e.g. 'atop-v4-01').");
            }

            if (source.Reliability is { Length: > 0 } reliability && (reliability.Length != 1 || reliability[0] is < 'A' or > 'F'))
            {
                problems.Add($"the source reliability '{reliability}' is not one of A–F.");
            }

            if (source.Published is { Length: > 0 } published && PartialDate.Parse(published, null, out var error) is null)
            {
                problems.Add($"the source's publication date: {error}.");
            }

            if (source.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                problems.Add($"the source url '{url}' is not an http(s) address.");
            }
        }

        public void Actor(ActorSpec actor)
        {
            Key(actor.Id, "the actor id", required: false);
            Value(actor.Name, "the actor name", required: true);
            Value(actor.Kind, "the actor kind", required: true, registry.IsActorKind, string.Join(", ", registry.ActorKinds.Select(k => k.Kind)));
            foreach (var column in actor.Aliases?.Columns ?? [])
            {
                Column(column, "the aliases");
            }

            Value(actor.Country, "the country", required: false);
            Value(actor.Description, "the description", required: false);
            foreach (var (name, spec) in actor.Properties ?? new Dictionary<string, ValueSpec>())
            {
                if (CoreActorProperties.Contains(name))
                {
                    problems.Add($"'{name}' is a built-in actor field; map it as such, not as a property.");
                }
                else if (registry.ActorProperty(name) is null)
                {
                    problems.Add($"'{name}' is not a declared actor property (cypher/registry.json, actorProperties: {string.Join(", ", (registry.ActorProperties ?? []).Select(p => p.Name))}).");
                }

                Value(spec, $"the property '{name}'", required: true);
            }
        }

        public void Tie(TieSpec tie)
        {
            var knownTypes = string.Join(", ", registry.TieTypes.Select(t => t.Type));
            Value(tie.Type, "the tie type", required: true, registry.IsTieType, knownTypes);
            var fixedType = tie.Type?.Fixed?.Trim() is { } f && registry.IsTieType(f) ? f : null;
            Endpoint(tie.From, "the source actor (from)");
            if (tie.PairWithin is { Count: > 0 } pairs)
            {
                foreach (var column in pairs)
                {
                    Column(column, "pairWithin");
                }

                if (tie.To is not null)
                {
                    problems.Add("a paired mapping ties rows to each other; it takes no target actor (to).");
                }

                if (fixedType is not null && registry.TieType(fixedType)?.Symmetric != true)
                {
                    problems.Add($"pairs of rows make undirected ties, but {fixedType} is not a symmetric tie type.");
                }

                if (tie.Id is not null)
                {
                    problems.Add("a paired mapping derives its tie ids; it takes no id column.");
                }
            }
            else
            {
                Endpoint(tie.To, "the target actor (to)");
            }

            Key(tie.Id, "the tie id", required: false);
            foreach (var column in tie.Key ?? [])
            {
                Column(column, "the key");
            }

            Value(tie.Status, "the status", required: true, registry.IsStatus, string.Join(", ", registry.Statuses.Select(s => s.Status)));
            Value(tie.Phase, "the phase", required: false, registry.IsPhase, string.Join(", ", registry.Phases.Select(p => p.Phase)));
            if (tie.PhaseWhenEnded is { } ended && !registry.IsPhase(ended))
            {
                problems.Add($"phaseWhenEnded: '{ended}' is not a phase; expected {string.Join(", ", registry.Phases.Select(p => p.Phase))}.");
            }

            Date(tie.ValidFrom, "validFrom");
            Date(tie.ValidTo, "validTo");
            Date(tie.ReportedOn, "reportedOn");
            Value(tie.Confidence, "the confidence", required: false, v => ImportValues.TryInteger(v, out var n) && n is >= 0 and <= 100, "a whole number 0–100");
            Value(tie.Summary, "the summary", required: false);
            foreach (var (name, spec) in tie.Properties ?? new Dictionary<string, ValueSpec>())
            {
                if (MappingValidator.CoreTieProperties.Contains(name))
                {
                    problems.Add($"'{name}' is a built-in tie field; map it as such, not as a property.");
                }
                else if (fixedType is not null ? registry.TieProperty(fixedType, name) is null : !registry.TieTypes.Any(t => registry.TieProperty(t.Type, name) is not null))
                {
                    var declared = fixedType is null ? "" : $": {string.Join(", ", registry.TiePropertiesOf(fixedType).Select(p => p.Name))}";
                    problems.Add($"'{name}' is not a declared property of {fixedType ?? "any tie type"} ties (cypher/registry.json{declared}).");
                }

                Value(spec, $"the property '{name}'", required: true);
            }
        }

        private void Endpoint(EndpointSpec? endpoint, string what)
        {
            Key(endpoint, what, required: true);
            if (endpoint is null)
            {
                return;
            }

            if (endpoint.Match is not (EndpointSpec.ById or EndpointSpec.ByName or EndpointSpec.ByAlias))
            {
                problems.Add($"{what}: match '{endpoint.Match}' is not one of id, name, alias.");
            }

            if (endpoint.Match == EndpointSpec.ByAlias && (endpoint.Aliases is null || endpoint.Aliases.Count == 0))
            {
                problems.Add($"{what} is matched by an alias table, but the table is empty.");
            }

            foreach (var entry in endpoint.Aliases ?? [])
            {
                if (string.IsNullOrWhiteSpace(entry.Key) || string.IsNullOrWhiteSpace(entry.Id))
                {
                    problems.Add($"{what}: every alias table line needs a key and an actor id.");
                }

                if (entry.Kind is { Length: > 0 } kind && !registry.IsActorKind(kind))
                {
                    problems.Add($"{what}: the alias '{entry.Key}' gives the kind '{kind}', which is not an actor kind.");
                }
            }

            if (endpoint.Create is { } create)
            {
                if (!registry.IsActorKind(create.Kind))
                {
                    problems.Add($"{what}: actors to create need a known kind; '{create.Kind}' is not one of {string.Join(", ", registry.ActorKinds.Select(k => k.Kind))}.");
                }

                if (string.IsNullOrWhiteSpace(create.Name))
                {
                    problems.Add($"{what}: actors to create need a name template, e.g. \"{{{endpoint.Column ?? "column"}}}\".");
                }
                else
                {
                    Template(create.Name, $"{what} (name of created actors)");
                }
            }
        }
    }
}
