using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Editing;

/// <summary>The refusals an edit can meet, as <see cref="EditException"/>s the one exception handler maps.</summary>
internal static class EditFailures
{
    public static EditException Invalid(FieldErrors errors)
    {
        var all = errors.ToDictionary();
        return new EditException(
            StatusCodes.Status400BadRequest,
            EditCodes.Invalid,
            "The edit is invalid",
            string.Join(" ", all.SelectMany(e => e.Value)),
            all);
    }

    public static EditException Invalid(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }

    public static EditException Duplicate(string field, string message) => new(
        StatusCodes.Status409Conflict,
        EditCodes.DuplicateId,
        "The id is taken",
        message,
        new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });

    public static EditException Stale(string what, long yours, StoredVersion current) => new(
        StatusCodes.Status409Conflict,
        EditCodes.StaleVersion,
        "Changed by someone else",
        EditMessages.Stale(what, yours, current.Version, current.RecordedBy, current.RecordedAt),
        new Dictionary<string, string[]>(StringComparer.Ordinal) { ["version"] = [EditMessages.Stale(what, yours, current.Version, current.RecordedBy, current.RecordedAt)] },
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["currentVersion"] = current.Version,
            ["recordedBy"] = current.RecordedBy,
            ["recordedAt"] = current.RecordedAt,
        });

    public static EditException ConfirmationRequired(string message, IReadOnlyDictionary<string, object?> figures) => new(
        StatusCodes.Status409Conflict,
        EditCodes.ConfirmationRequired,
        "Confirmation required",
        message,
        null,
        figures);
}
