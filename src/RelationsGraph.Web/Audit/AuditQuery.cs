namespace RelationsGraph.Web.Audit;

/// <summary>A filter over the trail: exact user, action prefix, time range [From, To), newest first, at most Limit.</summary>
public sealed record AuditQuery(string? User, string? Action, DateTimeOffset? From, DateTimeOffset? To, int Limit);
