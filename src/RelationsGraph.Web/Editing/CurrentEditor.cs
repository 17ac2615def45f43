namespace RelationsGraph.Web.Editing;

/// <summary>
/// Who is making an edit: the one place <c>recordedBy</c> comes from. It is the signed-in user's name (editing needs
/// an Analyst's session), or "anonymous" for work done outside a request.
/// </summary>
public sealed class CurrentEditor(IHttpContextAccessor accessor)
{
    public const string Anonymous = "anonymous";

    public string Name =>
        accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
