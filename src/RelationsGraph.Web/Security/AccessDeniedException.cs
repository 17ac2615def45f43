namespace RelationsGraph.Web.Security;

/// <summary>
/// A signed-in user asked for something their role does not allow, found inside an action (e.g. a console run with
/// writes asked for). The one exception handler answers it with 403 and this message.
/// </summary>
public sealed class AccessDeniedException(string message) : Exception(message);
