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

    internal async Task<T> WriteAsync<T>(Func<EditTransaction, Task<T>> work, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var transaction = await backend.BeginTransactionAsync(AccessMode.Write, null, ct).ConfigureAwait(false);
        var result = await work(new EditTransaction(transaction, editor.Name, now, ct)).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return result;
    }

    internal async Task<IReadOnlyList<ResultRow>> ReadAsync(string query, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var result = await backend.RunAsync(new QueryRequest(query, EditTransaction.Map(parameters)), ct).ConfigureAwait(false);
        return ResultRow.All(result).ToList();
    }
}
