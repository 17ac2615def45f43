using System.Text.Json;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>A successful answer: its status, JSON body and the headers we use. Failures never get this far: they are thrown.</summary>
internal sealed class Neo4jHttpResponse(int status, JsonDocument body, string? mediaType, string? affinity, Uri? location) : IDisposable
{
    public int Status { get; } = status;

    public JsonElement Root => body.RootElement;

    public string? MediaType { get; } = mediaType;

    /// <summary>The <c>neo4j-cluster-affinity</c> header, to echo on every later request of an explicit transaction.</summary>
    public string? Affinity { get; } = affinity;

    /// <summary>The <c>Location</c> header (the legacy endpoint names a new transaction with it).</summary>
    public Uri? Location { get; } = location;

    /// <summary>Typed JSON was sent back (the server may fall back to plain JSON).</summary>
    public bool IsTyped => MediaType?.StartsWith(Neo4jHttp.TypedMediaType, StringComparison.OrdinalIgnoreCase) == true;

    public void Dispose() => body.Dispose();
}
