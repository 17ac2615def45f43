using RelationsGraph.Web.Import.Mapping;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>Every column a mapping reads, so a file can be checked against it and its other columns told apart.</summary>
internal static class MappingColumns
{
    public static HashSet<string> Of(ImportMapping mapping)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? column)
        {
            if (column is not null)
            {
                used.Add(column);
            }
        }

        void Value(ValueSpec? spec)
        {
            Add(spec?.Column);
            if (spec?.Template is { } template)
            {
                foreach (var part in RowReader.TemplateParts(template))
                {
                    Add(part.Column);
                }
            }
        }

        void Date(DateSpec? spec)
        {
            Add(spec?.Column);
            Add(spec?.Year);
            Add(spec?.Month);
            Add(spec?.Day);
            Add(spec?.Precision);
        }

        foreach (var filter in mapping.Filter ?? [])
        {
            Add(filter.Column);
        }

        if (mapping.Actor is { } actor)
        {
            Add(actor.Id?.Column);
            Value(actor.Name);
            Value(actor.Kind);
            Value(actor.Country);
            Value(actor.Description);
            foreach (var column in actor.Aliases?.Columns ?? [])
            {
                Add(column);
            }

            foreach (var spec in actor.Properties?.Values ?? [])
            {
                Value(spec);
            }
        }

        if (mapping.Tie is { } tie)
        {
            Add(tie.Id?.Column);
            Add(tie.From?.Column);
            Add(tie.To?.Column);
            Value(tie.Type);
            Value(tie.Status);
            Value(tie.Phase);
            Value(tie.Confidence);
            Value(tie.Summary);
            Date(tie.ValidFrom);
            Date(tie.ValidTo);
            Date(tie.ReportedOn);
            foreach (var column in (tie.Key ?? []).Concat(tie.PairWithin ?? []))
            {
                Add(column);
            }

            foreach (var spec in tie.Properties?.Values ?? [])
            {
                Value(spec);
            }
        }

        return used;
    }
}
