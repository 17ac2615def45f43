namespace RelationsGraph.Web.Audit;

/// <summary>
/// One entry of the audit trail: who (<paramref name="User"/>, "anonymous" when not signed in; for a sign-in the
/// name that was typed) did what (<paramref name="Action"/> on <paramref name="Target"/>, with the query text and
/// parameters for runs), when (<paramref name="At"/>, UTC), from where (<paramref name="RemoteIp"/>), and how it
/// ended (<paramref name="Outcome"/> and the HTTP <paramref name="Status"/>). Never holds a password.
/// </summary>
public sealed record AuditEvent(
    string Id,
    string At,
    string User,
    string Action,
    string? Target,
    string? Query,
    string? Parameters,
    string RemoteIp,
    string Outcome,
    int Status);
