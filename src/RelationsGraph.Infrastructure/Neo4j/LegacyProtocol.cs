using System.Text.Json;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// The legacy transactional endpoint <c>/db/{db}/tx</c> (Neo4j 4.x and 5.x servers without the Query API). Answers
/// are HTTP 200 whatever happened; <c>errors</c> tells. Parameters are plain JSON: temporal values go as ISO text.
/// </summary>
internal sealed class LegacyProtocol(Neo4jHttp http, string database) : INeo4jProtocol
{
    private readonly string _path = $"db/{Uri.EscapeDataString(database)}/tx";

    public async Task<StatementOutcome> RunAsync(QueryRequest request, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Honoured from 4.4.4 on; older servers ignore it.
            ["Access-Mode"] = request.Mode == AccessMode.Read ? "READ" : "WRITE",
        };
        if (bookmarks.Count > 0)
        {
            headers["Bookmarks"] = JsonSerializer.Serialize(bookmarks);
        }

        using var response = await http.SendAsync(
            HttpMethod.Post, _path + "/commit", w => WriteStatements(w, request.Query, request.ParametersOrEmpty), typed: false, headers, authenticate: true, cancellationToken).ConfigureAwait(false);
        return response.Read(r => LegacyResultReader.Read(r.Root, request.MaxRows));
    }

    public async Task<Neo4jTransactionHandle> BeginAsync(AccessMode mode, IReadOnlyList<string> bookmarks, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var headers = bookmarks.Count > 0 ? new Dictionary<string, string> { ["Bookmarks"] = JsonSerializer.Serialize(bookmarks) } : null;
        using var response = await http.SendAsync(HttpMethod.Post, _path, EmptyStatements, typed: false, headers, authenticate: true, cancellationToken).ConfigureAwait(false);
        var id = response.Read(TransactionIdFrom);
        return id is null
            ? throw new Neo4jServerException(StatusCodes.UnknownError, "Neo4j began a transaction without naming it.", response.Status)
            : new Neo4jTransactionHandle(id, null);
    }

    public async Task<StatementOutcome> RunInTransactionAsync(Neo4jTransactionHandle transaction, string statement, IReadOnlyDictionary<string, object?> parameters, int? maxRows, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(
            HttpMethod.Post, $"{_path}/{transaction.Id}", w => WriteStatements(w, statement, parameters), typed: false, headers: null, authenticate: true, cancellationToken).ConfigureAwait(false);
        var outcome = response.Read(r => LegacyResultReader.Read(r.Root, maxRows));
        return outcome with { Bookmarks = [] };
    }

    public async Task<IReadOnlyList<string>> CommitAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(HttpMethod.Post, $"{_path}/{transaction.Id}/commit", EmptyStatements, typed: false, headers: null, authenticate: true, cancellationToken).ConfigureAwait(false);
        return response.Read(r => QueryApiResultReader.ReadBookmarks(r.Root, "lastBookmarks"));
    }

    public async Task RollbackAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(HttpMethod.Delete, $"{_path}/{transaction.Id}", writeBody: null, typed: false, headers: null, authenticate: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task KeepAliveAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(HttpMethod.Post, $"{_path}/{transaction.Id}", EmptyStatements, typed: false, headers: null, authenticate: true, cancellationToken).ConfigureAwait(false);
    }

    private static void EmptyStatements(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStatements(Utf8JsonWriter writer, string statement, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        writer.WriteStartObject();
        writer.WriteString("statement", statement);
        writer.WritePropertyName("parameters");
        ParameterWriter.WritePlainMap(writer, parameters);
        writer.WriteStartArray("resultDataContents");
        writer.WriteStringValue("row");
        writer.WriteStringValue("graph");
        writer.WriteEndArray();
        writer.WriteBoolean("includeStats", true);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The new transaction's number, from <c>Location: …/tx/50</c> or <c>commit: …/tx/50/commit</c>.</summary>
    private static string? TransactionIdFrom(Neo4jHttpResponse response)
    {
        var url = response.Location?.ToString();
        if (url is null && response.Root.TryGetProperty("commit", out var commit))
        {
            url = commit.GetString();
        }

        if (url is null)
        {
            return null;
        }

        var segments = url.TrimEnd('/').Split('/');
        var last = segments[^1];
        return last == "commit" && segments.Length > 1 ? segments[^2] : last;
    }
}
