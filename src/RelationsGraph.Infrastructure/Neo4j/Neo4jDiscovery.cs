using System.Text.Json;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// Finds out which API the server offers: <c>GET /</c> (unauthenticated) names them and the version; where that page
/// is hidden (Aura, a proxy) the Query API and then the legacy endpoint are probed with <c>RETURN 1</c>.
/// </summary>
internal sealed class Neo4jDiscovery(Neo4jHttp http, Neo4jOptions options, TimeProvider time)
{
    public async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken)
    {
        if (options.Endpoint.Equals("QueryApi", StringComparison.OrdinalIgnoreCase))
        {
            return new Neo4jServerInfo(Neo4jServerVersion.Unknown, "unknown", Neo4jEndpoint.QueryApi, LegacyAvailable: false);
        }

        if (options.Endpoint.Equals("Legacy", StringComparison.OrdinalIgnoreCase))
        {
            return new Neo4jServerInfo(Neo4jServerVersion.Unknown, "unknown", Neo4jEndpoint.Legacy, LegacyAvailable: true);
        }

        var fromRoot = await TryRootAsync(cancellationToken).ConfigureAwait(false);
        return fromRoot ?? await ProbeAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Neo4jServerInfo?> TryRootAsync(CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(options.DiscoveryTimeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            using var response = await http.SendAsync(HttpMethod.Get, "", writeBody: null, typed: false, headers: null, authenticate: false, timeout.Token).ConfigureAwait(false);
            var root = response.Root;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var version = Neo4jServerVersion.Parse(Text(root, "neo4j_version"));
            var edition = Text(root, "neo4j_edition") ?? "unknown";
            // 2026.09 adds "query_api" and deprecates "query".
            var hasQuery = root.TryGetProperty("query_api", out _) || root.TryGetProperty("query", out _);
            var hasLegacy = root.TryGetProperty("transaction", out _);
            if (hasQuery)
            {
                return new Neo4jServerInfo(version, edition, Neo4jEndpoint.QueryApi, hasLegacy);
            }

            return hasLegacy
                ? new Neo4jServerInfo(version, edition, Neo4jEndpoint.Legacy, LegacyAvailable: true)
                : throw new InvalidOperationException(Neo4jMessages.Format(Neo4jMessages.NoEndpoint, http.BaseUri));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is Neo4jServerException or Neo4jResponseLostException)
        {
            return null;
        }
    }

    private async Task<Neo4jServerInfo> ProbeAsync(CancellationToken cancellationToken)
    {
        var probe = new QueryRequest("RETURN 1 AS ok", Mode: AccessMode.Read);
        var unknown = Neo4jServerVersion.Unknown;
        try
        {
            var queryApi = new QueryApiProtocol(http, options.Database, new Neo4jServerInfo(unknown, "unknown", Neo4jEndpoint.QueryApi, false));
            await WithTimeoutAsync(ct => queryApi.RunAsync(probe, [], ct), cancellationToken).ConfigureAwait(false);
            return new Neo4jServerInfo(unknown, "unknown", Neo4jEndpoint.QueryApi, LegacyAvailable: false);
        }
        catch (Neo4jServerException ex) when (ex.HttpStatus == 404 && !ex.FromServerBody)
        {
            // No Query API here: try the legacy endpoint.
        }

        try
        {
            var legacy = new LegacyProtocol(http, options.Database);
            await WithTimeoutAsync(ct => legacy.RunAsync(probe, [], ct), cancellationToken).ConfigureAwait(false);
            return new Neo4jServerInfo(unknown, "unknown", Neo4jEndpoint.Legacy, LegacyAvailable: true);
        }
        catch (Neo4jServerException ex) when (ex.HttpStatus == 404 && !ex.FromServerBody)
        {
            throw new InvalidOperationException(Neo4jMessages.Format(Neo4jMessages.NoEndpoint, http.BaseUri), ex);
        }
    }

    private async Task WithTimeoutAsync(Func<CancellationToken, Task<StatementOutcome>> call, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(options.DiscoveryTimeout, time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await call(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CypherException(StatusCodes.ServiceUnavailable, Neo4jMessages.Format(Neo4jMessages.Unreachable, http.BaseUri, "no answer within " + options.DiscoveryTimeout), innerException: ex);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
