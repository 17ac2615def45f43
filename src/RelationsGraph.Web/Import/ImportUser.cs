namespace RelationsGraph.Web.Import;

/// <summary>
/// Who runs an import, as recordedBy and the Source's importedBy show it: the signed-in user's name, or
/// "anonymous" while the app has no sign-in.
/// </summary>
internal static class ImportUser
{
    public const string Anonymous = "anonymous";

    public static string Name(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
