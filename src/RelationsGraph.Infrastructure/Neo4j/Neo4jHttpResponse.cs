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

    /// <summary>
    /// Reads the body with <paramref name="reader"/>. A body of another shape than expected (a string where a list
    /// belongs, a typed value that does not parse) becomes a <see cref="Neo4jServerException"/> naming the HTTP status,
    /// never a raw JSON, format or key exception.
    /// </summary>
    public T Read<T>(Func<Neo4jHttpResponse, T> reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return reader(this);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            throw Neo4jErrorReader.Unreadable(Status, MediaType, ex);
        }
    }

    public void Dispose() => body.Dispose();
}
