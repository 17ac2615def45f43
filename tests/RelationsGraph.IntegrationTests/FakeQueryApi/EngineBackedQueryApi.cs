using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.IntegrationTests.FakeQueryApi;

/// <summary>
/// A stand-in Neo4j 5.26 speaking the Query API over HTTP (discovery, auto-commit queries with typed JSON, counters,
/// bookmarks, explicit transactions, errors in the documented shapes) whose answers come from the embedded engine.
/// With it the whole app runs through the Neo4j backend's real HTTP path. Shapes follow design/neo4j-http.md; unverified against a live server.
/// </summary>
internal sealed class EngineBackedQueryApi(IGraphBackend engine) : HttpMessageHandler
{
    private const string Discovery = """
        { "query": "http://fake-neo4j:7474/db/{databaseName}/query/v2", "transaction": "http://fake-neo4j:7474/db/{databaseName}/tx",
          "neo4j_version": "5.26.0", "neo4j_edition": "community" }
        """;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IGraphTransaction> _transactions = new(StringComparer.Ordinal);
    private int _commits;
    private int _queries;
    private int _transactionIds;
    private int _committed;
    private int _rolledBack;

    /// <summary>Explicit transactions committed through the fake.</summary>
    public int TransactionsCommitted => _committed;

    /// <summary>Explicit transactions rolled back through the fake (asked for, or after a failed statement).</summary>
    public int TransactionsRolledBack => _rolledBack;

    private enum RouteKind
    {
        None,
        AutoCommit,
        Begin,
        Run,
        Commit,
        Rollback,
    }

    /// <summary>How many statements reached the fake (so a test can prove the app went through it).</summary>
    public int Queries => _queries;

    /// <summary>While true the fake refuses connections, as a stopped server would.</summary>
    public bool Down { get; set; }

    /// <summary>The access modes the statements were sent with.</summary>
    public List<string> AccessModes { get; } = [];

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _statements = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _answersToLose = new(StringComparer.Ordinal);

    /// <summary>How many auto-commit statements containing <paramref name="fragment"/> the engine ran.</summary>
    public int Ran(string fragment) => _statements.Count(s => s.Contains(fragment, StringComparison.Ordinal));

    /// <summary>
    /// The next <paramref name="times"/> auto-commit statements containing <paramref name="fragment"/> run and commit,
    /// and then the connection resets before their answer is sent: the client cannot tell whether they were applied.
    /// </summary>
    public void LoseAnswers(string fragment, int times = 1) => _answersToLose[fragment] = times;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _deadlocks = new(StringComparer.Ordinal);
    private int _begun;

    /// <summary>Explicit transactions begun through the fake.</summary>
    public int TransactionsBegun => _begun;

    /// <summary>
    /// The next <paramref name="times"/> statements containing <paramref name="fragment"/> inside an explicit transaction
    /// are not run: the fake answers 400 <c>Neo.TransientError.Transaction.DeadlockDetected</c> and rolls the
    /// transaction back, as Neo4j does when it picks that transaction as a deadlock's victim.
    /// </summary>
    public void Deadlock(string fragment, int times = 1) => _deadlocks[fragment] = times;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (fake-neo4j:7474)");
        }

        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get && path == "/")
        {
            return Answer(HttpStatusCode.OK, Discovery, "application/json");
        }

        var route = Route(request.Method, path);
        if (route.Kind == RouteKind.None)
        {
            return Answer(HttpStatusCode.NotFound, "", "text/plain");
        }

        if (request.Headers.Authorization is null)
        {
            return Answer(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"No authentication header supplied."}]}""", "application/json");
        }

        var text = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        using var body = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        var root = body.RootElement;
        return route.Kind switch
        {
            RouteKind.AutoCommit => await AutoCommitAsync(root, cancellationToken),
            RouteKind.Begin => await BeginAsync(root, cancellationToken),
            _ => await InTransactionAsync(route, root, cancellationToken),
        };
    }

    private async Task<HttpResponseMessage> AutoCommitAsync(JsonElement root, CancellationToken cancellationToken)
    {
        var accessMode = AccessModeOf(root);
        Interlocked.Increment(ref _queries);
        var statement = root.GetProperty("statement").GetString()!;
        try
        {
            var result = await engine.RunAsync(new QueryRequest(statement, ParametersOf(root), accessMode), cancellationToken);
            _statements.Enqueue(statement);
            if (Take(_answersToLose, statement))
            {
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("Connection reset by peer"));
            }

            return Answer(HttpStatusCode.Accepted, Serialize(result, Interlocked.Increment(ref _commits)), "application/vnd.neo4j.query");
        }
        catch (CypherException ex)
        {
            return Error(ex);
        }
    }

    // Explicit transactions (POST …/tx, POST …/tx/{id}, POST …/tx/{id}/commit, DELETE …/tx/{id}), each held open as an
    // engine transaction until committed or rolled back; a failed statement rolls it back, as Neo4j does.
    private async Task<HttpResponseMessage> BeginAsync(JsonElement root, CancellationToken cancellationToken)
    {
        try
        {
            var transaction = await engine.BeginTransactionAsync(AccessModeOf(root), null, cancellationToken);
            Interlocked.Increment(ref _begun);
            var id = Interlocked.Increment(ref _transactionIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _transactions[id] = transaction;
            return Answer(HttpStatusCode.Accepted, $$$"""{"transaction":{"id":"{{{id}}}","expires":"2099-01-01T00:00:00Z"}}""", "application/vnd.neo4j.query");
        }
        catch (CypherException ex)
        {
            return Error(ex);
        }
    }

    private async Task<HttpResponseMessage> InTransactionAsync((RouteKind Kind, string? Id) route, JsonElement root, CancellationToken cancellationToken)
    {
        if (!_transactions.TryGetValue(route.Id!, out var transaction))
        {
            return Answer(HttpStatusCode.NotFound, $$"""{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction {{route.Id}} not found."}]}""", "application/json");
        }

        switch (route.Kind)
        {
            case RouteKind.Commit:
                _transactions.TryRemove(route.Id!, out _);
                try
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                catch (CypherException ex)
                {
                    await transaction.DisposeAsync();
                    return Error(ex);
                }

                await transaction.DisposeAsync();
                Interlocked.Increment(ref _committed);
                return Answer(HttpStatusCode.OK, $$"""{"bookmarks":["FB:fake-{{Interlocked.Increment(ref _commits)}}"]}""", "application/vnd.neo4j.query");
            case RouteKind.Rollback:
                _transactions.TryRemove(route.Id!, out _);
                await transaction.RollbackAsync(cancellationToken);
                await transaction.DisposeAsync();
                Interlocked.Increment(ref _rolledBack);
                return Answer(HttpStatusCode.OK, "{}", "application/vnd.neo4j.query");
            default:
                if (!root.TryGetProperty("statement", out var statement))
                {
                    return Answer(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""", "application/vnd.neo4j.query");
                }

                Interlocked.Increment(ref _queries);
                if (Take(_deadlocks, statement.GetString()!))
                {
                    _transactions.TryRemove(route.Id!, out _);
                    await transaction.RollbackAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    Interlocked.Increment(ref _rolledBack);
                    return Error(new CypherException(
                        "Neo.TransientError.Transaction.DeadlockDetected",
                        "A deadlock was detected; this transaction was chosen to roll back (injected by the fake)."));
                }

                try
                {
                    var result = await transaction.RunAsync(statement.GetString()!, ParametersOf(root), cancellationToken);
                    return Answer(HttpStatusCode.Accepted, Serialize(result, _commits), "application/vnd.neo4j.query");
                }
                catch (CypherException ex)
                {
                    _transactions.TryRemove(route.Id!, out _);
                    await transaction.RollbackAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    Interlocked.Increment(ref _rolledBack);
                    return Error(ex);
                }
        }
    }

    /// <summary>Whether a fault armed for a fragment of <paramref name="statement"/> is due; if so, it is used up.</summary>
    private static bool Take(System.Collections.Concurrent.ConcurrentDictionary<string, int> faults, string statement)
    {
        foreach (var (fragment, left) in faults)
        {
            if (left > 0 && statement.Contains(fragment, StringComparison.Ordinal) && faults.TryUpdate(fragment, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    private static (RouteKind Kind, string? Id) Route(HttpMethod method, string path)
    {
        const string query = "/db/neo4j/query/v2";
        if (path == query)
        {
            return (method == HttpMethod.Post ? RouteKind.AutoCommit : RouteKind.None, null);
        }

        if (!path.StartsWith(query + "/tx", StringComparison.Ordinal))
        {
            return (RouteKind.None, null);
        }

        var rest = path[(query.Length + "/tx".Length)..].Trim('/');
        if (rest.Length == 0)
        {
            return (method == HttpMethod.Post ? RouteKind.Begin : RouteKind.None, null);
        }

        var parts = rest.Split('/');
        return (parts, method.Method) switch
        {
            ([var id], "POST") => (RouteKind.Run, id),
            ([var id], "DELETE") => (RouteKind.Rollback, id),
            ([var id, "commit"], "POST") => (RouteKind.Commit, id),
            _ => (RouteKind.None, null),
        };
    }

    private AccessMode AccessModeOf(JsonElement root)
    {
        var accessMode = root.TryGetProperty("accessMode", out var mode) ? mode.GetString() ?? "Write" : "Write";
        lock (AccessModes)
        {
            AccessModes.Add(accessMode);
        }

        return accessMode.Equals("Read", StringComparison.OrdinalIgnoreCase) ? AccessMode.Read : AccessMode.Write;
    }

    private static Dictionary<string, object?> ParametersOf(JsonElement root)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (root.TryGetProperty("parameters", out var typedParameters))
        {
            foreach (var parameter in typedParameters.EnumerateObject())
            {
                parameters[parameter.Name] = TypedJsonReader.Read(parameter.Value);
            }
        }

        return parameters;
    }

    private static HttpResponseMessage Error(CypherException ex)
    {
        var error = JsonSerializer.Serialize(new { errors = new[] { new { code = ex.Code, message = ex.Message } } });
        var status = ex.Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest;
        return Answer(status, error, "application/json");
    }

    private static string Serialize(QueryResult result, int commit)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Neo4jHttp.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteStartArray("fields");
            foreach (var column in result.Columns)
            {
                writer.WriteStringValue(column);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("values");
            foreach (var row in result.Rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    TypedJsonResultWriter.Write(writer, value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            var c = result.Counters;
            writer.WriteStartObject("counters");
            writer.WriteBoolean("containsUpdates", c.ContainsUpdates);
            writer.WriteNumber("nodesCreated", c.NodesCreated);
            writer.WriteNumber("nodesDeleted", c.NodesDeleted);
            writer.WriteNumber("propertiesSet", c.PropertiesSet);
            writer.WriteNumber("relationshipsCreated", c.RelationshipsCreated);
            writer.WriteNumber("relationshipsDeleted", c.RelationshipsDeleted);
            writer.WriteNumber("labelsAdded", c.LabelsAdded);
            writer.WriteNumber("labelsRemoved", c.LabelsRemoved);
            writer.WriteNumber("indexesAdded", c.IndexesAdded);
            writer.WriteNumber("indexesRemoved", c.IndexesRemoved);
            writer.WriteNumber("constraintsAdded", c.ConstraintsAdded);
            writer.WriteNumber("constraintsRemoved", c.ConstraintsRemoved);
            writer.WriteEndObject();
            writer.WriteStartArray("bookmarks");
            writer.WriteStringValue("FB:fake-" + commit);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body, string mediaType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
}
