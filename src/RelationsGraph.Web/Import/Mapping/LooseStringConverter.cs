using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsGraph.Web.Import.Mapping;

/// <summary>Reads a JSON string, number or boolean as its text, so a preset may write "fixed": 95 or "fixed": "95".</summary>
internal sealed class LooseStringConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Number => reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new JsonException("Expected a string, a number or a boolean."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
