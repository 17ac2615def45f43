using System.Text.Json;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Neo4j.Json;

namespace RelationsGraph.IntegrationTests.FakeQueryApi;

/// <summary>Writes result values as the Query API's typed JSON (design/neo4j-http.md §1.6), entities included.</summary>
internal static class TypedJsonResultWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case Node node:
                writer.WriteStartObject();
                writer.WriteString("$type", "Node");
                writer.WriteStartObject("_value");
                writer.WriteString("_element_id", node.ElementId);
                writer.WriteStartArray("_labels");
                foreach (var label in node.Labels)
                {
                    writer.WriteStringValue(label);
                }

                writer.WriteEndArray();
                WriteProperties(writer, node.Properties);
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case Relationship relationship:
                writer.WriteStartObject();
                writer.WriteString("$type", "Relationship");
                writer.WriteStartObject("_value");
                writer.WriteString("_element_id", relationship.ElementId);
                writer.WriteString("_start_node_element_id", relationship.StartNodeElementId);
                writer.WriteString("_end_node_element_id", relationship.EndNodeElementId);
                writer.WriteString("_type", relationship.Type);
                WriteProperties(writer, relationship.Properties);
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case GraphPath path:
                writer.WriteStartObject();
                writer.WriteString("$type", "Path");
                writer.WriteStartArray("_value");
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    Write(writer, path.Nodes[i]);
                    if (i < path.Relationships.Count)
                    {
                        Write(writer, path.Relationships[i]);
                    }
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            default:
                ParameterWriter.WriteTyped(writer, value);
                break;
        }
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject("_properties");
        foreach (var (key, item) in properties)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }

        writer.WriteEndObject();
    }
}
