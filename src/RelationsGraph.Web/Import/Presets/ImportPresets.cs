using System.Text.Json;
using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Import.Presets;

/// <summary>
/// Saved column mappings: the files in cypher/imports (one preset each, named by its id) and the two built-in
/// mappings that read the export back. Loaded and checked against the registry once, at start-up; a broken
/// preset stops the app with its file name and the problem, rather than failing later in front of a user.
/// </summary>
public sealed class ImportPresets
{
    private readonly Dictionary<string, ImportMapping> _presets;

    internal ImportPresets(IEnumerable<ImportMapping> presets)
    {
        _presets = presets.ToDictionary(p => p.Id!, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<ImportMapping> All => _presets.Values;

    public ImportMapping Get(string id) => _presets.TryGetValue(id, out var preset) ? preset : throw ImportErrors.PresetNotFound(id);

    public static ImportPresets Load(string folder, NetworkRegistry registry)
    {
        var presets = new List<ImportMapping> { NativeMappings.Actors, NativeMappings.Ties };
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            ImportMapping preset;
            try
            {
                preset = JsonSerializer.Deserialize<ImportMapping>(File.ReadAllText(file), MappingJson.Options)
                    ?? throw new InvalidOperationException($"The import preset {name} is empty.");
            }
            catch (JsonException ex)
            {
                throw new InvalidOperationException($"The import preset {name} is not a valid mapping: {MappingJson.Describe(ex)}", ex);
            }

            if (preset.Id != Path.GetFileNameWithoutExtension(file))
            {
                throw new InvalidOperationException($"The import preset {name} must have the id '{Path.GetFileNameWithoutExtension(file)}' (its file name).");
            }

            var problems = MappingValidator.Validate(preset, registry, null);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The import preset {name} is invalid: {string.Join(" ", problems)}");
            }

            if (presets.Any(p => p.Id == preset.Id))
            {
                throw new InvalidOperationException($"The import preset id '{preset.Id}' is used twice.");
            }

            presets.Add(preset);
        }

        return new ImportPresets(presets);
    }
}
