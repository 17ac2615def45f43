using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// An explicit transaction on the server. Requests are serialised (the server refuses concurrent use of one
/// transaction), none is retried (after any error the server has closed it; a unit of work is retried from begin by
/// its owner), and a timer keeps it alive while the caller is busy elsewhere.
/// </summary>
internal sealed class Neo4jTransaction : IGraphTransaction
{
    private readonly Neo4jResilience _resilience;
    private readonly INeo4jProtocol _protocol;
    private readonly Neo4jTransactionHandle _handle;
    private readonly AccessMode _mode;
    private readonly TimeSpan _attemptTimeout;
    private readonly int? _maxRows;
    private readonly Neo4jBookmarks _bookmarks;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ITimer _keepAlive;
    private State _state = State.Open;

    public Neo4jTransaction(
        Neo4jResilience resilience,
        INeo4jProtocol protocol,
        Neo4jTransactionHandle handle,
        AccessMode mode,
        TimeSpan attemptTimeout,
        int? maxRows,
        Neo4jBookmarks bookmarks,
        TimeProvider time,
        TimeSpan keepAliveInterval)
    {
        _resilience = resilience;
        _protocol = protocol;
        _handle = handle;
        _mode = mode;
        _attemptTimeout = attemptTimeout;
        _maxRows = maxRows;
        _bookmarks = bookmarks;
        _keepAlive = time.CreateTimer(_ => _ = KeepAliveAsync(), null, keepAliveInterval, keepAliveInterval);
    }

    private enum State
    {
        Open,
        Committed,
        RolledBack,

        /// <summary>The server reported an error and has closed the transaction.</summary>
        Failed,

        /// <summary>A request was cancelled or lost mid-way; the server may still hold the transaction.</summary>
        Uncertain,
    }

    /// <summary>The server's id of this transaction.</summary>
    public string Id => _handle.Id;

    /// <summary>How many keep-alive requests were sent (for diagnostics and tests).</summary>
    public int KeepAlivesSent { get; private set; }

    public async Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpen();
            var outcome = await SendAsync(ct => _protocol.RunInTransactionAsync(_handle, query, parameters ?? EmptyParameters, _maxRows, ct), cancellationToken).ConfigureAwait(false);
            return outcome.Result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpen();
            var bookmarks = await SendAsync(ct => _protocol.CommitAsync(_handle, ct), cancellationToken).ConfigureAwait(false);
            _bookmarks.Update(bookmarks);
            _state = State.Committed;
            StopKeepAlive();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_state == State.Committed)
            {
                throw new CypherException(StatusCodes.TransactionNotFound, Neo4jMessages.TransactionClosed);
            }

            await RollbackCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        StopKeepAlive();
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_state is State.Open or State.Uncertain)
            {
                try
                {
                    await RollbackCoreAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (CypherException)
                {
                    // The server drops an abandoned transaction after its idle timeout anyway.
                }
            }
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyParameters = new Dictionary<string, object?>();

    private async Task RollbackCoreAsync(CancellationToken cancellationToken)
    {
        var wasOpen = _state is State.Open or State.Uncertain;
        _state = State.RolledBack;
        StopKeepAlive();
        if (!wasOpen)
        {
            return;
        }

        try
        {
            await _resilience.ExecuteAsync(
                async ct =>
                {
                    await _protocol.RollbackAsync(_handle, ct).ConfigureAwait(false);
                    return true;
                },
                resendUnsafe: false,
                noRetry: true,
                _attemptTimeout,
                cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException ex) when (ex.Code == StatusCodes.TransactionNotFound)
        {
            // Already gone on the server: rolled back either way.
        }
    }

    private async Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await _resilience.ExecuteAsync(call, _mode == AccessMode.Write, noRetry: true, _attemptTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException ex) when (ex is Neo4jServerException { FromServerBody: true } || ex.Code == StatusCodes.TransactionNotFound)
        {
            _state = State.Failed;
            StopKeepAlive();
            throw;
        }
        catch (Exception)
        {
            _state = State.Uncertain;
            StopKeepAlive();
            throw;
        }
    }

    private async Task KeepAliveAsync()
    {
        // Skip a beat rather than queue behind a running statement: the statement itself keeps the transaction alive.
        try
        {
            if (!_gate.Wait(0))
            {
                return;
            }
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            if (_state != State.Open)
            {
                return;
            }

            KeepAlivesSent++;
            await _resilience.ExecuteAsync(
                async ct =>
                {
                    await _protocol.KeepAliveAsync(_handle, ct).ConfigureAwait(false);
                    return true;
                },
                resendUnsafe: false,
                noRetry: true,
                _attemptTimeout,
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A failed keep-alive shows up on the next real request of the transaction.
        }
        finally
        {
            _gate.Release();
        }
    }

    private void EnsureOpen()
    {
        if (_state != State.Open)
        {
            throw new CypherException(StatusCodes.TransactionNotFound, Neo4jMessages.TransactionClosed);
        }
    }

    private void StopKeepAlive() => _keepAlive.Dispose();
}
