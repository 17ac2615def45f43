using System.Globalization;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Data;

namespace RelationsGraph.Web.Editing;

/// <summary>One edit's transaction, with the editor's name and the edit's time ready as parameters.</summary>
internal sealed class EditTransaction(IGraphTransaction transaction, string editor, DateTimeOffset now, CancellationToken ct)
{
    /// <summary>Who makes the edit; every write stores it as <c>recordedBy</c>.</summary>
    public string Editor => editor;

    /// <summary>The edit's instant (ISO 8601, UTC) for history entries, read by Cypher's <c>datetime()</c>.</summary>
    public string Instant => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The edit's day, for <c>recordedAt</c> (a date, as the seed stores it).</summary>
    public string Today => DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<ResultRow>> RunAsync(string query, params (string Name, object? Value)[] parameters)
    {
        var map = Map(parameters);
        map.TryAdd("by", editor);
        map.TryAdd("today", Today);
        map.TryAdd("at", Instant);
        var result = await transaction.RunAsync(query, map, ct).ConfigureAwait(false);
        return ResultRow.All(result).ToList();
    }

    /// <summary>Which of <paramref name="ids"/> are taken, by a query over <c>$ids</c> that returns the taken ones as <c>id</c>.</summary>
    public async Task<IReadOnlyList<string>> TakenAsync(string query, IReadOnlyList<string> ids)
    {
        var rows = await RunAsync(query, ("ids", ids.Cast<object?>().ToList())).ConfigureAwait(false);
        return rows.Select(r => r.RequiredString("id")).ToList();
    }

    internal static Dictionary<string, object?> Map((string Name, object? Value)[] parameters)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map[name] = value;
        }

        return map;
    }
}
