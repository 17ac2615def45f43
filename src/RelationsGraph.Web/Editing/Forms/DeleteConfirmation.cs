namespace RelationsGraph.Web.Editing.Forms;

/// <summary>A page that asks before deleting: what goes, the form that confirms, and where "cancel" leads.</summary>
internal sealed record DeleteConfirmation(
    string Title,
    string Message,
    string Action,
    IReadOnlyDictionary<string, string> Fields,
    string CancelUrl,
    string? Problem = null);
