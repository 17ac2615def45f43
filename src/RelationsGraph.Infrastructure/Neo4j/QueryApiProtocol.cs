using System.Globalization;
using System.Text.Json;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>The Query API: <c>POST /db/{db}/query/v2</c> and <c>/query/v2/tx…</c> for explicit transactions.</summary>
internal sealed class QueryApiProtocol(Neo4jHttp http, string database, Neo4jServerInfo server) : INeo4jProtocol
{
    private readonly string _path = $"db/{Uri.EscapeDataString(database)}/query/v2";

    private bool Typed => server.SupportsTypedJson;

    public async Task<StatementOutcome> RunAsync(QueryRequest request, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(
            HttpMethod.Post,
            _path,
            w => WriteStatement(w, request.Query, request.ParametersOrEmpty, request.Mode, bookmarks, request.Timeout),
            Typed,
            headers: null,
            authenticate: true,
            cancellationToken).ConfigureAwait(false);
        return response.Read(r => QueryApiResultReader.Read(r, request.MaxRows));
    }

    public async Task<Neo4jTransactionHandle> BeginAsync(AccessMode mode, IReadOnlyList<string> bookmarks, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(
            HttpMethod.Post,
            _path + "/tx",
            w =>
            {
                // Session settings are fixed at begin; later requests only carry statements.
                w.WriteStartObject();
                WriteSessionFields(w, mode, bookmarks, timeout);
                w.WriteEndObject();
            },
            Typed,
            headers: null,
            authenticate: true,
            cancellationToken).ConfigureAwait(false);
        var id = response.Read(r => r.Root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var idElement)
            ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText()
            : null);
        if (string.IsNullOrEmpty(id))
        {
            throw new Neo4jServerException(StatusCodes.UnknownError, "Neo4j began a transaction without naming it.", response.Status);
        }

        return new Neo4jTransactionHandle(id, response.Affinity);
    }

    public async Task<StatementOutcome> RunInTransactionAsync(Neo4jTransactionHandle transaction, string statement, IReadOnlyDictionary<string, object?> parameters, int? maxRows, CancellationToken cancellationToken)
    {
        using var response = await SendToTransactionAsync(
            HttpMethod.Post,
            transaction,
            "",
            w => WriteStatement(w, statement, parameters, mode: null, bookmarks: [], timeout: null),
            cancellationToken).ConfigureAwait(false);
        return response.Read(r => QueryApiResultReader.Read(r, maxRows));
    }

    public async Task<IReadOnlyList<string>> CommitAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken)
    {
        using var response = await SendToTransactionAsync(HttpMethod.Post, transaction, "/commit", EmptyObject, cancellationToken).ConfigureAwait(false);
        return response.Read(r => QueryApiResultReader.ReadBookmarks(r.Root, "bookmarks"));
    }

    public async Task RollbackAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken)
    {
        using var response = await SendToTransactionAsync(HttpMethod.Delete, transaction, "", writeBody: null, cancellationToken).ConfigureAwait(false);
    }

    public async Task KeepAliveAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken)
    {
        // An empty object, not an empty statement: "" ran as a query on servers before 2025.04.
        using var response = await SendToTransactionAsync(HttpMethod.Post, transaction, "", EmptyObject, cancellationToken).ConfigureAwait(false);
    }

    private static void EmptyObject(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    private async Task<Neo4jHttpResponse> SendToTransactionAsync(HttpMethod method, Neo4jTransactionHandle transaction, string suffix, Action<Utf8JsonWriter>? writeBody, CancellationToken cancellationToken)
    {
        var headers = transaction.Affinity is null ? null : new Dictionary<string, string> { [Neo4jHttp.AffinityHeader] = transaction.Affinity };
        try
        {
            return await http.SendAsync(method, $"{_path}/tx/{Uri.EscapeDataString(transaction.Id)}{suffix}", writeBody, Typed, headers, authenticate: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jServerException ex) when (ex.HttpStatus == 404 && ex.Code != StatusCodes.DatabaseNotFound)
        {
            // An unknown id (expired, or the affinity header lost) comes back as 404 Request.Invalid.
            throw new Neo4jServerException(StatusCodes.TransactionNotFound, Neo4jMessages.Format(Neo4jMessages.TransactionExpired, ex.Message), ex.HttpStatus) { FromServerBody = ex.FromServerBody };
        }
    }

    private void WriteStatement(Utf8JsonWriter writer, string statement, IReadOnlyDictionary<string, object?> parameters, AccessMode? mode, IReadOnlyList<string> bookmarks, TimeSpan? timeout)
    {
        writer.WriteStartObject();
        // statement first, parameters second: servers before 2026.08 read the body in order.
        writer.WriteString("statement", statement);
        writer.WritePropertyName("parameters");
        if (Typed)
        {
            ParameterWriter.WriteTypedMap(writer, parameters);
        }
        else
        {
            ParameterWriter.WritePlainMap(writer, parameters);
        }

        writer.WriteBoolean("includeCounters", true);
        if (mode is { } accessMode)
        {
            WriteSessionFields(writer, accessMode, bookmarks, timeout);
        }

        writer.WriteEndObject();
    }

    private void WriteSessionFields(Utf8JsonWriter writer, AccessMode mode, IReadOnlyList<string> bookmarks, TimeSpan? timeout)
    {
        writer.WriteString("accessMode", mode == AccessMode.Read ? "Read" : "Write");
        if (bookmarks.Count > 0)
        {
            writer.WriteStartArray("bookmarks");
            foreach (var bookmark in bookmarks)
            {
                writer.WriteStringValue(bookmark);
            }

            writer.WriteEndArray();
        }

        if (timeout is { } limit && server.SupportsMaxExecutionTime)
        {
            writer.WriteNumber("maxExecutionTime", (long)Math.Ceiling(limit.TotalSeconds));
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Query API {_path}");
}
