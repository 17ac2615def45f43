using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// How mappings are read and written as JSON (presets on disk, mappings in requests): camelCase, comments
/// allowed, and an unknown field is an error, so a misspelt "colum" is reported instead of silently ignored.
/// </summary>
internal static class MappingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a mapping; a malformed one is the import's 400 error naming where it went wrong.</summary>
    public static ImportMapping Read(JsonElement element)
    {
        try
        {
            return element.Deserialize<ImportMapping>(Options) ?? throw ImportErrors.MappingRequired();
        }
        catch (JsonException ex)
        {
            throw ImportErrors.InvalidMapping([Describe(ex)]);
        }
    }

    public static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return ex.Path is { Length: > 0 } path ? $"{text} (at {path})" : text;
    }
}
