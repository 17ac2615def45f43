using System.Text.Json;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// Queries saved by users, kept in the graph store itself as <c>(:SavedQuery)</c> nodes so they survive restarts
/// and travel with the data. Written with MERGE by id; parameters are kept as a JSON string. A node this class did not
/// write in its shape (e.g. one made in the Admin console) is left out of lists with a warning in the log, so one bad
/// node cannot take the library away from everyone.
/// </summary>
public sealed partial class UserQueryStore(IGraphBackend backend, ILogger<UserQueryStore> logger)
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
        var queries = new List<SavedQuery>(result.Rows.Count);
        foreach (var row in result.Rows)
        {
            if (Read(result.Columns, row) is { } query)
            {
                queries.Add(query);
            }
        }

        return queries;
    }

    public async Task<SavedQuery?> FindAsync(string id, CancellationToken ct)
    {
        var result = await backend.RunAsync(new QueryRequest(GetQuery, Parameters(("id", id))), ct).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : Read(result.Columns, result.Rows[0]);
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
            AccessMode.Write,
            Idempotent: true);
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

    /// <summary>The query a row describes, or null (logged) when the node does not have the shape this store writes.</summary>
    private SavedQuery? Read(IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
        try
        {
            return FromRow(columns, row);
        }
        catch (MalformedSavedQueryException malformed)
        {
            LogMalformed(malformed.Id, malformed.Message);
            return null;
        }
    }

    private static SavedQuery FromRow(IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
        object? Get(string column) => row[IndexOf(columns, column)];
        var rawId = Get("id");
        if (rawId is not string { Length: > 0 } id)
        {
            throw new MalformedSavedQueryException(Describe(rawId), "its id is not a text");
        }

        var tags = Get("tags") is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];
        return new SavedQuery(
            id,
            Get("name") as string ?? id,
            Get("description") as string,
            tags,
            Get("query") as string ?? "",
            ReadParameters(id, Get("parameters")),
            SavedQuery.UserOrigin,
            Get("createdAt") as string,
            Get("updatedAt") as string);
    }

    private static List<SavedQueryParameter> ReadParameters(string id, object? stored)
    {
        if (stored is null || stored is string { Length: 0 })
        {
            return [];
        }

        if (stored is not string json)
        {
            throw new MalformedSavedQueryException(id, "its parameters are not a JSON text");
        }

        List<SavedQueryParameter?>? parameters;
        try
        {
            parameters = JsonSerializer.Deserialize<List<SavedQueryParameter?>>(json, JsonOptions);
        }
        catch (JsonException error)
        {
            throw new MalformedSavedQueryException(id, $"its parameters are not a JSON list of declarations ({error.Message})");
        }

        var valid = new List<SavedQueryParameter>();
        foreach (var parameter in parameters ?? [])
        {
            // The JSON reader fills a missing name or type with null whatever the declared nullability.
            if (parameter is null || string.IsNullOrWhiteSpace(parameter.Name) || !ParameterTypes.IsKnown(parameter.Type ?? ""))
            {
                throw new MalformedSavedQueryException(id, "a parameter declaration lacks a name or a known type");
            }

            valid.Add(parameter);
        }

        return valid;
    }

    private static string Describe(object? value) => value switch
    {
        null => "(none)",
        string text => $"'{text}'",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved query {Id} in the store is left out: {Reason}.")]
    private partial void LogMalformed(string id, string reason);

    private sealed class MalformedSavedQueryException(string id, string reason) : Exception(reason)
    {
        public string Id { get; } = id;
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
