using System.Text.Json;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// Queries saved by users, kept in the graph store itself as <c>(:SavedQuery)</c> nodes so they survive restarts
/// and travel with the data. Written with MERGE by id; parameters are kept as a JSON string.
/// </summary>
public sealed class UserQueryStore(IGraphBackend backend)
{
    internal const string IdPrefix = "user-";

    private const string Columns =
        "q.id AS id, q.name AS name, q.description AS description, q.tags AS tags, q.query AS query, " +
        "q.parameters AS parameters, toString(q.createdAt) AS createdAt, toString(q.updatedAt) AS updatedAt";

    internal const string ListQuery = $"MATCH (q:SavedQuery) RETURN {Columns} ORDER BY name, id";

    internal const string GetQuery = $"MATCH (q:SavedQuery {{id: $id}}) RETURN {Columns}";

    internal const string SaveQuery = $$"""
        MERGE (q:SavedQuery {id: $id})
        SET q.name = $name, q.description = $description, q.tags = $tags, q.query = $query, q.parameters = $parameters,
            q.createdAt = coalesce(q.createdAt, datetime()), q.updatedAt = datetime()
        RETURN {{Columns}}
        """;

    internal const string DeleteQuery = "MATCH (q:SavedQuery {id: $id}) WITH q, q.id AS id DETACH DELETE q RETURN id";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<SavedQuery>> ListAsync(CancellationToken ct)
    {
        var result = await backend.RunAsync(new QueryRequest(ListQuery), ct).ConfigureAwait(false);
        return result.Rows.Select(row => FromRow(result.Columns, row)).ToList();
    }

    public async Task<SavedQuery?> FindAsync(string id, CancellationToken ct)
    {
        var result = await backend.RunAsync(new QueryRequest(GetQuery, Parameters(("id", id))), ct).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : FromRow(result.Columns, result.Rows[0]);
    }

    public async Task<SavedQuery> SaveAsync(string id, string name, string? description, IReadOnlyList<string> tags, string query, IReadOnlyList<SavedQueryParameter> parameters, CancellationToken ct)
    {
        var request = new QueryRequest(
            SaveQuery,
            Parameters(
                ("id", id),
                ("name", name),
                ("description", description),
                ("tags", tags.Cast<object?>().ToList()),
                ("query", query),
                ("parameters", JsonSerializer.Serialize(parameters, JsonOptions))),
            AccessMode.Write);
        var result = await backend.RunAsync(request, ct).ConfigureAwait(false);
        return FromRow(result.Columns, result.Rows[0]);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct)
    {
        var result = await backend.RunAsync(new QueryRequest(DeleteQuery, Parameters(("id", id)), AccessMode.Write), ct).ConfigureAwait(false);
        return result.Rows.Count > 0;
    }

    public static string NewId() => $"{IdPrefix}{Guid.NewGuid():N}"[..(IdPrefix.Length + 12)];

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            map[name] = value;
        }

        return map;
    }

    private static SavedQuery FromRow(IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
        object? Get(string column) => row[IndexOf(columns, column)];
        var parametersJson = Get("parameters") as string;
        var parameters = string.IsNullOrEmpty(parametersJson)
            ? []
            : JsonSerializer.Deserialize<List<SavedQueryParameter>>(parametersJson, JsonOptions) ?? [];
        var tags = Get("tags") is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];
        return new SavedQuery(
            (string)Get("id")!,
            Get("name") as string ?? (string)Get("id")!,
            Get("description") as string,
            tags,
            Get("query") as string ?? "",
            parameters,
            SavedQuery.UserOrigin,
            Get("createdAt") as string,
            Get("updatedAt") as string);
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The column '{column}' is missing from the result.");
    }
}
