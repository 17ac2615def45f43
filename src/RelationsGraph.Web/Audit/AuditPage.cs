namespace RelationsGraph.Web.Audit;

/// <summary>The audit page: the filter as typed and the entries it found, or why it could not be read.</summary>
public sealed record AuditPage(string? User, string? Action, string? From, string? To, IReadOnlyList<AuditEvent> Events, string? Error);
