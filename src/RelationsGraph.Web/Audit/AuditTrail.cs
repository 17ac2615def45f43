using System.Globalization;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Audit;

/// <summary>
/// The audit trail, as <c>(:AuditEvent)</c> nodes in the security store (its own SQLite file: durable, and out of the
/// reach of console queries). Append-only: the app has no statement that changes or deletes an event.
/// </summary>
public sealed class AuditTrail(SecurityStore store)
{
    public const int MaxLimit = 1000;

    /// <summary>Longest query text or parameter JSON kept; longer ones are cut and marked.</summary>
    public const int MaxTextLength = 20_000;

    // MERGE on the event's own random id, set only on create: sent twice (its first answer lost on the way back from
    // Neo4j), an event is still recorded once, and an event once written is never changed.
    internal const string RecordQuery = """
        MERGE (e:AuditEvent {id: $id})
        ON CREATE SET e.at = $at, e.user = $user, e.action = $action, e.target = $target, e.query = $query,
                      e.parameters = $parameters, e.remoteIp = $remoteIp, e.outcome = $outcome, e.status = $status
        """;

    internal const string SearchQuery = """
        MATCH (e:AuditEvent)
        WHERE ($user IS NULL OR e.user = $user)
          AND ($action IS NULL OR e.action STARTS WITH $action)
          AND ($from IS NULL OR e.at >= $from)
          AND ($to IS NULL OR e.at < $to)
        RETURN e.id AS id, e.at AS at, e.user AS user, e.action AS action, e.target AS target, e.query AS query,
               e.parameters AS parameters, e.remoteIp AS remoteIp, e.outcome AS outcome, e.status AS status
        ORDER BY at DESC, id DESC
        LIMIT $limit
        """;

    public async Task RecordAsync(AuditEvent entry, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entry.Id,
            ["at"] = entry.At,
            ["user"] = entry.User,
            ["action"] = entry.Action,
            ["target"] = entry.Target,
            ["query"] = Cut(entry.Query),
            ["parameters"] = Cut(entry.Parameters),
            ["remoteIp"] = entry.RemoteIp,
            ["outcome"] = entry.Outcome,
            ["status"] = (long)entry.Status,
        };
        await store.Backend.RunAsync(new QueryRequest(RecordQuery, parameters, AccessMode.Write, Idempotent: true), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEvent>> SearchAsync(AuditQuery filter, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["user"] = string.IsNullOrWhiteSpace(filter.User) ? null : filter.User.Trim(),
            ["action"] = string.IsNullOrWhiteSpace(filter.Action) ? null : filter.Action.Trim(),
            ["from"] = filter.From is { } from ? UserStore.Format(from) : null,
            ["to"] = filter.To is { } to ? UserStore.Format(to) : null,
            ["limit"] = (long)Math.Clamp(filter.Limit, 1, MaxLimit),
        };
        var result = await store.Backend.RunAsync(new QueryRequest(SearchQuery, parameters), ct).ConfigureAwait(false);
        return result.Rows.Select(row => new AuditEvent(
            (string)row[0]!,
            (string)row[1]!,
            row[2] as string ?? "",
            row[3] as string ?? "",
            row[4] as string,
            row[5] as string,
            row[6] as string,
            row[7] as string ?? "",
            row[8] as string ?? "",
            row[9] is { } status ? Convert.ToInt32(status, CultureInfo.InvariantCulture) : 0)).ToList();
    }

    private static string? Cut(string? text) =>
        text is { Length: > MaxTextLength } ? text[..MaxTextLength] + "…(cut)" : text;
}
