namespace RelationsGraph.Core.Backend;

/// <summary>One run of a unit of work: begin, the work, commit; disposing without the commit rolls back.</summary>
/// <remarks>
/// Shared by every backend's <see cref="IGraphBackend.ExecuteTransactionAsync{T}"/>: the embedded store runs a unit
/// once, the Neo4j backend may run it again from the start, and both mean the same thing by one run.
/// </remarks>
public static class UnitOfWork
{
    public static async Task<T> RunOnceAsync<T>(
        IGraphBackend backend,
        AccessMode mode,
        Func<IGraphTransaction, CancellationToken, Task<T>> work,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(work);
        var transaction = await backend.BeginTransactionAsync(mode, timeout, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await work(transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }
}
