namespace RelationsGraph.Web.Editing;

/// <summary>
/// Who is making an edit: the one place <c>recordedBy</c> comes from. It is the signed-in user's name, and
/// "anonymous" while the app has no sign-in (or for a request without a user).
/// </summary>
public sealed class CurrentEditor(IHttpContextAccessor accessor)
{
    public const string Anonymous = "anonymous";

    public string Name =>
        accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
