namespace RelationsGraph.Web.Errors;

/// <summary>
/// An edit the app refuses: invalid input (400), a duplicate id, a stale version or a delete that needs
/// confirmation (409). Carries its HTTP status, a stable code, one message per offending field and any
/// figures a client needs to decide what to do next (e.g. how many ties a delete would take with it).
/// </summary>
public sealed class EditException : Exception
{
    public EditException(int status, string code, string title, string message, IReadOnlyDictionary<string, string[]>? errors = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Status = status;
        Code = code;
        Title = title;
        Errors = errors ?? new Dictionary<string, string[]>();
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public int Status { get; }

    public string Code { get; }

    public string Title { get; }

    /// <summary>Messages by field name (the JSON property name, e.g. <c>validTo</c> or <c>evidence[0].sourceId</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public IReadOnlyDictionary<string, object?> Extensions { get; }
}
