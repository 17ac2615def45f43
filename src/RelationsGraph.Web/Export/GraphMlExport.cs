using System.Xml;

namespace RelationsGraph.Web.Export;

/// <summary>
/// GraphML for Gephi and yEd: actors as nodes, ties as edges (undirected for symmetric types), every field
/// and property as a declared &lt;key&gt; with its GraphML type, and a "label" on nodes and edges that both
/// tools show. Written on the server because the browser's GraphML plugin omits the key declarations.
/// </summary>
internal static class GraphMlExport
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(GraphExporter exporter, Stream output, CancellationToken ct)
    {
        var registry = exporter.Registry;
        var actorExtra = await exporter.ActorPropertiesAsync(ct).ConfigureAwait(false);
        var tieExtra = await exporter.TiePropertiesAsync(ct).ConfigureAwait(false);
        var nodeKeys = new List<(string Name, string Type)> { ("label", "string") };
        nodeKeys.AddRange(GraphExporter.ActorFields.Skip(1).Select(f => (f, "string")));
        nodeKeys.AddRange(actorExtra.Select(n => (n, GraphMlType(registry.ActorProperty(n)?.Type))));
        var edgeKeys = new List<(string Name, string Type)> { ("label", "string"), ("tieId", "string"), ("type", "string") };
        edgeKeys.AddRange(GraphExporter.TieFields.Skip(4).Select(f => (f, f == "confidence" ? "long" : "string")));
        edgeKeys.AddRange(tieExtra.Select(n => (n, GraphMlType(registry.TieTypes.Select(t => registry.TieProperty(t.Type, n)).FirstOrDefault(p => p is not null)?.Type))));

        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", null, Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd").ConfigureAwait(false);
        for (var i = 0; i < nodeKeys.Count; i++)
        {
            await KeyAsync(xml, $"n{i}", "node", nodeKeys[i]).ConfigureAwait(false);
        }

        for (var i = 0; i < edgeKeys.Count; i++)
        {
            await KeyAsync(xml, $"e{i}", "edge", edgeKeys[i]).ConfigureAwait(false);
        }

        await xml.WriteStartElementAsync(null, "graph", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "relationsgraph").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);
        await foreach (var actor in exporter.ActorsAsync(ct).ConfigureAwait(false))
        {
            await xml.WriteStartElementAsync(null, "node", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, actor.Id).ConfigureAwait(false);
            for (var i = 0; i < nodeKeys.Count; i++)
            {
                var name = nodeKeys[i].Name;
                await DataAsync(xml, $"n{i}", name == "label" ? actor.Properties.GetValueOrDefault("name") ?? actor.Id : actor.Properties.GetValueOrDefault(name)).ConfigureAwait(false);
            }

            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await foreach (var tie in exporter.TiesAsync(ct).ConfigureAwait(false))
        {
            await xml.WriteStartElementAsync(null, "edge", Ns).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, $"{tie.Type}:{tie.Id}").ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "source", null, tie.Source).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "target", null, tie.Target).ConfigureAwait(false);
            if (registry.TieType(tie.Type)?.Symmetric == true)
            {
                await xml.WriteAttributeStringAsync(null, "directed", null, "false").ConfigureAwait(false);
            }

            for (var i = 0; i < edgeKeys.Count; i++)
            {
                var value = edgeKeys[i].Name switch
                {
                    "label" => registry.TieType(tie.Type)?.Label ?? tie.Type,
                    "tieId" => tie.Id,
                    "type" => tie.Type,
                    var name => tie.Properties.GetValueOrDefault(name),
                };
                await DataAsync(xml, $"e{i}", value).ConfigureAwait(false);
            }

            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
    }

    private static string GraphMlType(string? type) => type switch
    {
        "integer" => "long",
        "float" => "double",
        "boolean" => "boolean",
        _ => "string",
    };

    private static async Task KeyAsync(XmlWriter xml, string id, string owner, (string Name, string Type) key)
    {
        await xml.WriteStartElementAsync(null, "key", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "for", null, owner).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, key.Name).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, key.Type).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task DataAsync(XmlWriter xml, string key, object? value)
    {
        if (value is null)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "data", Ns).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(value is IEnumerable<object?> list ? string.Join("; ", list.Select(ExportValues.Cell)) : ExportValues.Cell(value)).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }
}
