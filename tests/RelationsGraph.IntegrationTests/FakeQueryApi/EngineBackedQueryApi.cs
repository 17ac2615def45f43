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
/// bookmarks, errors in the documented shapes) whose answers come from the embedded engine. With it the whole app
/// runs through the Neo4j backend's real HTTP path. Shapes follow design/neo4j-http.md; unverified against a live server.
/// </summary>
internal sealed class EngineBackedQueryApi(IGraphBackend engine) : HttpMessageHandler
{
    private const string Discovery = """
        { "query": "http://fake-neo4j:7474/db/{databaseName}/query/v2", "transaction": "http://fake-neo4j:7474/db/{databaseName}/tx",
          "neo4j_version": "5.26.0", "neo4j_edition": "community" }
        """;

    private int _commits;
    private int _queries;

    /// <summary>How many statements reached the fake (so a test can prove the app went through it).</summary>
    public int Queries => _queries;

    /// <summary>While true the fake refuses connections, as a stopped server would.</summary>
    public bool Down { get; set; }

    /// <summary>The access modes the statements were sent with.</summary>
    public List<string> AccessModes { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException("Connection refused (fake-neo4j:7474)");
        }

        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get && path == "/")
        {
            return Answer(HttpStatusCode.OK, Discovery, "application/json");
        }

        if (request.Method != HttpMethod.Post || path != "/db/neo4j/query/v2")
        {
            return Answer(HttpStatusCode.NotFound, "", "text/plain");
        }

        if (request.Headers.Authorization is null)
        {
            return Answer(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"No authentication header supplied."}]}""", "application/json");
        }

        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var root = body.RootElement;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (root.TryGetProperty("parameters", out var typedParameters))
        {
            foreach (var parameter in typedParameters.EnumerateObject())
            {
                parameters[parameter.Name] = TypedJsonReader.Read(parameter.Value);
            }
        }

        var accessMode = root.TryGetProperty("accessMode", out var mode) ? mode.GetString() ?? "Write" : "Write";
        lock (AccessModes)
        {
            AccessModes.Add(accessMode);
        }

        Interlocked.Increment(ref _queries);
        try
        {
            var result = await engine.RunAsync(
                new QueryRequest(root.GetProperty("statement").GetString()!, parameters, accessMode.Equals("Read", StringComparison.OrdinalIgnoreCase) ? AccessMode.Read : AccessMode.Write),
                cancellationToken);
            return Answer(HttpStatusCode.Accepted, Serialize(result, Interlocked.Increment(ref _commits)), "application/vnd.neo4j.query");
        }
        catch (CypherException ex)
        {
            var error = JsonSerializer.Serialize(new { errors = new[] { new { code = ex.Code, message = ex.Message } } });
            var status = ex.Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) ? HttpStatusCode.InternalServerError : HttpStatusCode.BadRequest;
            return Answer(status, error, "application/json");
        }
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
