using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Data;

namespace RelationsGraph.Web.Editing;

/// <summary>
/// Runs one edit as one write transaction: every check and write of the edit commits together or not at all.
/// A refusal thrown inside rolls the transaction back, so nothing is half-written. Also stamps who and when.
/// </summary>
public sealed class EditSession(IGraphBackend backend, CurrentEditor editor, TimeProvider time)
{
    /// <summary>Who is editing (the <c>recordedBy</c> of every write).</summary>
    public string Editor => editor.Name;

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction. <paramref name="idempotent"/> says that running the whole
    /// edit again after it may have committed cannot change the store twice (a version or existence check refuses the
    /// second run and rolls it back); the backend may then replay it after a transient failure such as a deadlock.
    /// A create that picks the first free id is not: run again, it would pick the next one.
    /// </summary>
    internal async Task<T> WriteAsync<T>(Func<EditTransaction, Task<T>> work, CancellationToken ct, bool idempotent = false)
    {
        var now = time.GetUtcNow();
        return await backend.ExecuteTransactionAsync(
            AccessMode.Write,
            (transaction, token) => work(new EditTransaction(transaction, editor.Name, now, token)),
            idempotent,
            timeout: null,
            ct).ConfigureAwait(false);
    }

    internal async Task<IReadOnlyList<ResultRow>> ReadAsync(string query, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var result = await backend.RunAsync(new QueryRequest(query, EditTransaction.Map(parameters)), ct).ConfigureAwait(false);
        return ResultRow.All(result).ToList();
    }
}
