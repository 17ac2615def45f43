using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// <see cref="IGraphBackend"/> over Neo4j's HTTP APIs. Discovery picks the Query API or the legacy endpoint once;
/// every request then goes through one resilience pipeline (retry of the unit of work, circuit breaker, timeout).
/// </summary>
internal sealed class Neo4jGraphBackend : IGraphBackend, IDisposable
{
    private readonly Neo4jOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Neo4jHttp _http;
    private readonly Neo4jDiscovery _discovery;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private readonly Neo4jBookmarks _bookmarks = new();
    private Connection? _connection;

    public Neo4jGraphBackend(Func<HttpClient> clientFactory, Neo4jOptions options, TimeProvider time, ILogger<Neo4jGraphBackend> logger, Func<double>? random = null)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _http = new Neo4jHttp(clientFactory, options, time);
        _discovery = new Neo4jDiscovery(_http, options, time);
        Resilience = new Neo4jResilience(options, time, random);
    }

    public string Name => "neo4j";

    internal Neo4jResilience Resilience { get; }

    /// <summary>What discovery found; null before the first successful start.</summary>
    internal Neo4jServerInfo? Server => _connection?.Server;

    internal IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    /// <summary>
    /// Discovers the endpoint and checks credentials and database with <c>RETURN 1</c>. Throws a
    /// <see cref="CypherException"/> whose message says what is wrong (unreachable, no API, credentials, database).
    /// </summary>
    public async Task<Neo4jServerInfo> InitializeAsync(CancellationToken cancellationToken = default) =>
        (await ConnectAsync(cancellationToken).ConfigureAwait(false)).Server;

    public async Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var timeout = request.Timeout ?? _options.QueryTimeout;
        var effective = request with { Timeout = timeout, MaxRows = request.MaxRows ?? _options.MaxRows };
        var outcome = await Resilience.ExecuteAsync(
            ct => connection.Protocol.RunAsync(effective, _bookmarks.Current, ct),
            resendUnsafe: request.Mode == AccessMode.Write && !request.Idempotent,
            noRetry: false,
            timeout + _options.TimeoutGrace,
            cancellationToken).ConfigureAwait(false);
        _bookmarks.Update(outcome.Bookmarks);
        return outcome.Result;
    }

    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var protocol = connection.TransactionProtocol
            ?? throw new CypherException(StatusCodes.RequestInvalid, Neo4jMessages.Format(Neo4jMessages.ExplicitTxUnsupported, connection.Server.Version));
        var statementTimeout = timeout ?? _options.QueryTimeout;
        var attemptTimeout = statementTimeout + _options.TimeoutGrace;
        // Beginning changes nothing, so a lost begin is safe to resend (an orphan expires on the server).
        var handle = await Resilience.ExecuteAsync(
            ct => protocol.BeginAsync(mode, _bookmarks.Current, timeout, ct),
            resendUnsafe: false,
            noRetry: false,
            attemptTimeout,
            cancellationToken).ConfigureAwait(false);
        return new Neo4jTransaction(Resilience, protocol, handle, mode, attemptTimeout, _options.MaxRows, _bookmarks, _time, _options.KeepAliveInterval);
    }

    /// <summary>
    /// One explicit transaction per run of <paramref name="work"/>; an idempotent unit is replayed from begin after a
    /// transient failure (e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>, which has rolled it back).
    /// </summary>
    public Task<T> ExecuteTransactionAsync<T>(
        AccessMode mode,
        Func<IGraphTransaction, CancellationToken, Task<T>> work,
        bool idempotent = false,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Resilience.ExecuteUnitAsync(ct => UnitOfWork.RunOnceAsync(this, mode, work, timeout, ct), idempotent, cancellationToken);
    }

    public async Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var database = _options.Database;
        try
        {
            var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            var server = connection.Server;
            if (Resilience.BreakerState.CircuitState is CircuitState.Open or CircuitState.Isolated)
            {
                return new BackendHealth(Name, false, server.Version.Text, Neo4jMessages.Unavailable, database, server.EndpointDescription);
            }

            await Resilience.ExecuteAsync(
                ct => connection.Protocol.RunAsync(new QueryRequest("RETURN 1 AS ok"), [], ct),
                resendUnsafe: false,
                noRetry: true,
                _options.DiscoveryTimeout,
                cancellationToken).ConfigureAwait(false);
            return new BackendHealth(Name, true, server.Version.Text, $"{server.Edition} at {_http.BaseUri}", database, server.EndpointDescription);
        }
        catch (CypherException ex)
        {
            var server = _connection?.Server;
            return new BackendHealth(Name, false, server?.Version.Text, ex.Message, database, server?.EndpointDescription);
        }
    }

    public void Dispose() => _initGate.Dispose();

    private async Task<Connection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } ready)
        {
            return ready;
        }

        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is { } raced)
            {
                return raced;
            }

            var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
            var connection = Connection.For(_http, _options.Database, server);
            await VerifyAsync(connection, cancellationToken).ConfigureAwait(false);
            Neo4jLog.Connected(_logger, server.EndpointDescription, _http.BaseUri, server.Version.Text, server.Edition, _options.Database);
            if (!server.Version.IsKnown)
            {
                Neo4jLog.VersionAssumed(_logger, server.Version.Text);
            }

            _connection = connection;
            return connection;
        }
        finally
        {
            _initGate.Release();
        }
    }

    private async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _discovery.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new CypherException(StatusCodes.RequestInvalid, ex.Message, innerException: ex);
        }
        catch (Exception ex) when (ex is CypherException or HttpRequestException or Neo4jResponseLostException)
        {
            throw StartupFailure(ex);
        }
    }

    private async Task VerifyAsync(Connection connection, CancellationToken cancellationToken)
    {
        try
        {
            await Resilience.ExecuteAsync(
                ct => connection.Protocol.RunAsync(new QueryRequest("RETURN 1 AS ok"), [], ct),
                resendUnsafe: false,
                noRetry: true,
                _options.DiscoveryTimeout,
                cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException ex)
        {
            throw StartupFailure(ex);
        }
    }

    /// <summary>Says which of the start-up conditions failed: credentials, database, or reachability.</summary>
    private CypherException StartupFailure(Exception ex)
    {
        var uri = _http.BaseUri;
        var code = (ex as CypherException)?.Code ?? StatusCodes.ServiceUnavailable;
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || ex is Neo4jServerException { HttpStatus: 401 })
        {
            return new CypherException(StatusCodes.Unauthorized, Neo4jMessages.Format(Neo4jMessages.BadCredentials, uri, _options.User, ex.Message), innerException: ex);
        }

        if (code == StatusCodes.DatabaseNotFound)
        {
            return new CypherException(StatusCodes.DatabaseNotFound, Neo4jMessages.Format(Neo4jMessages.UnknownDatabase, uri, _options.Database, ex.Message), innerException: ex);
        }

        if (ex is CypherException { Classification: "ClientError" } clientError and not Neo4jServerException { FromServerBody: false })
        {
            return clientError;
        }

        return new CypherException(StatusCodes.ServiceUnavailable, Neo4jMessages.Format(Neo4jMessages.Unreachable, uri, ex.Message), innerException: ex);
    }

    /// <summary>The protocol chosen by discovery, and the one explicit transactions use (null when none can).</summary>
    private sealed record Connection(Neo4jServerInfo Server, INeo4jProtocol Protocol, INeo4jProtocol? TransactionProtocol)
    {
        public static Connection For(Neo4jHttp http, string database, Neo4jServerInfo server)
        {
            if (server.Endpoint == Neo4jEndpoint.Legacy)
            {
                var legacy = new LegacyProtocol(http, database);
                return new Connection(server, legacy, legacy);
            }

            var queryApi = new QueryApiProtocol(http, database, server);
            INeo4jProtocol? transactions = server.SupportsQueryApiTransactions ? queryApi
                : server.LegacyAvailable ? new LegacyProtocol(http, database)
                : null;
            return new Connection(server, queryApi, transactions);
        }
    }
}
