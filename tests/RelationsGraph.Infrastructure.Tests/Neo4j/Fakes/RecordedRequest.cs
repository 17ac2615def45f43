using System.Text.Json;

namespace RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;

/// <summary>A request the fake server received, with its body kept as text.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public JsonElement Json => JsonDocument.Parse(Body ?? "{}").RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
