using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Editing;

/// <summary>Field checks shared by every edit: each records its message under the field's name and returns the clean value.</summary>
internal static class Check
{
    public static string? Text(FieldErrors errors, string field, string label, string? value, int max, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            if (required)
            {
                errors.Add(field, EditMessages.Required(label));
            }

            return null;
        }

        if (text.Length > max)
        {
            errors.Add(field, EditMessages.TooLong(label, max));
        }

        return text;
    }

    /// <summary>A new record's id: absent (the app makes one) or a valid slug.</summary>
    public static string? NewId(FieldErrors errors, string field, string? value)
    {
        var id = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (id is not null && !Ids.IsValid(id))
        {
            errors.Add(field, EditMessages.BadId(id));
        }

        return id;
    }

    /// <summary>On a change, an id in the body must be the id in the address.</summary>
    public static void SameId(FieldErrors errors, string field, string? inBody, string inPath)
    {
        if (!string.IsNullOrWhiteSpace(inBody) && inBody.Trim() != inPath)
        {
            errors.Add(field, EditMessages.IdMismatch(inBody.Trim(), inPath));
        }
    }

    public static long Version(FieldErrors errors, long? version)
    {
        if (version is null)
        {
            errors.Add("version", EditMessages.VersionRequired);
        }

        return version ?? 0;
    }

    public static PreciseDate? Date(FieldErrors errors, string field, string? text, string? precision)
    {
        if (!PreciseDate.TryParse(text, precision, out var value, out var error))
        {
            errors.Add(field, error!);
        }

        return value;
    }

    public static string? TieType(FieldErrors errors, NetworkRegistry registry, string? value)
    {
        var type = Text(errors, "type", "The tie type", value, 100, required: true);
        if (type is not null && !registry.IsTieType(type))
        {
            errors.Add("type", EditMessages.UnknownTieType(type, registry.TieTypes.Select(t => t.Type)));
            return null;
        }

        return type;
    }

    public static string? Status(FieldErrors errors, NetworkRegistry registry, string? value)
    {
        var status = Text(errors, "status", "The status", value, 100, required: true);
        if (status is not null && !registry.IsStatus(status))
        {
            errors.Add("status", EditMessages.UnknownStatus(status, registry.Statuses.Select(s => s.Status)));
        }

        return status;
    }

    public static string? Phase(FieldErrors errors, NetworkRegistry registry, string? value)
    {
        var phase = Text(errors, "phase", "The phase", value, 100);
        if (phase is not null && registry.Phases.All(p => p.Phase != phase))
        {
            errors.Add("phase", EditMessages.UnknownPhase(phase, registry.Phases.Select(p => p.Phase)));
        }

        return phase;
    }

    public static string? Kind(FieldErrors errors, NetworkRegistry registry, string? value)
    {
        var kind = Text(errors, "kind", "The kind", value, 100, required: true);
        if (kind is not null && !registry.IsActorKind(kind))
        {
            errors.Add("kind", EditMessages.UnknownKind(kind, registry.ActorKinds.Select(k => k.Kind)));
        }

        return kind;
    }

    public static long? Confidence(FieldErrors errors, long? value)
    {
        if (value is { } c && (c < 0 || c > 100))
        {
            errors.Add("confidence", EditMessages.ConfidenceRange(c));
        }

        return value;
    }

    public static string? Stance(FieldErrors errors, string field, string? value)
    {
        var stance = Text(errors, field, "The stance", value, 20, required: true);
        if (stance is not null && stance is not ("asserts" or "denies"))
        {
            errors.Add(field, EditMessages.UnknownStance(stance));
        }

        return stance;
    }
}
