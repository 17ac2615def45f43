using System.Text.Json;

namespace RelationsGraph.Web.Export;

/// <summary>
/// The whole graph as one JSON document: actors and ties (built-in fields at the top, other properties under
/// "properties"), sources and evidence (with the source cited and the actor named), and the ties' histories (each
/// change of a status, phase or confidence). Imported as it is.
/// </summary>
internal static class JsonExport
{
    public const string Format = "relationsgraph";
    public const int Version = 1;

    public static async Task WriteAsync(GraphExporter exporter, Stream output, DateTimeOffset now, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("version", Version);
        writer.WriteString("exportedAt", now);

        writer.WriteStartArray("sources");
        await foreach (var source in exporter.SourcesAsync(ct).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("id", source.Id);
            WriteFlat(writer, source.Properties, ["id"]);
            writer.WriteEndObject();
            await FlushAsync(writer, ct).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("actors");
        await foreach (var actor in exporter.ActorsAsync(ct).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("id", actor.Id);
            WriteEntity(writer, actor.Properties, GraphExporter.ActorFields);
            writer.WriteEndObject();
            await FlushAsync(writer, ct).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("ties");
        await foreach (var tie in exporter.TiesAsync(ct).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("id", tie.Id);
            writer.WriteString("type", tie.Type);
            writer.WriteString("source", tie.Source);
            writer.WriteString("target", tie.Target);
            WriteEntity(writer, tie.Properties, GraphExporter.TieFields);
            writer.WriteEndObject();
            await FlushAsync(writer, ct).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("evidence");
        await foreach (var evidence in exporter.EvidenceAsync(ct).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("id", evidence.Id);
            WriteFlat(writer, evidence.Properties, ["id"]);
            if (evidence.Source is not null)
            {
                writer.WriteString("source", evidence.Source);
            }

            if (evidence.By is not null)
            {
                writer.WriteString("by", evidence.By);
            }

            writer.WriteEndObject();
            await FlushAsync(writer, ct).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("history");
        await foreach (var change in exporter.HistoryAsync(ct).ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("tieId", change.TieId);
            WriteFlat(writer, change.Properties, ["tieId"]);
            writer.WriteEndObject();
            await FlushAsync(writer, ct).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<string> fields)
    {
        foreach (var field in fields.Where(f => properties.GetValueOrDefault(f) is not null && f != "id"))
        {
            writer.WritePropertyName(field);
            ExportValues.WriteJson(writer, properties[field]);
        }

        var extra = properties.Where(p => !fields.Contains(p.Key) && p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (extra.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("properties");
        foreach (var (key, value) in extra)
        {
            writer.WritePropertyName(key);
            ExportValues.WriteJson(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteFlat(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<string> skip)
    {
        foreach (var (key, value) in properties.Where(p => !skip.Contains(p.Key) && p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(key);
            ExportValues.WriteJson(writer, value);
        }
    }

    private static async Task FlushAsync(Utf8JsonWriter writer, CancellationToken ct)
    {
        if (writer.BytesPending > 64 * 1024)
        {
            await writer.FlushAsync(ct).ConfigureAwait(false);
        }
    }
}
