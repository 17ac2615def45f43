using System.Text.Json;

namespace RelationsGraph.Web.Registry;

/// <summary>
/// The network's vocabulary (tie types, actor kinds, statuses, phases), loaded from cypher/registry.json.
/// The server validates requests against it and the view draws its colours and legend from it.
/// </summary>
public sealed record NetworkRegistry(
    IReadOnlyList<TieTypeDefinition> TieTypes,
    IReadOnlyList<ActorKindDefinition> ActorKinds,
    IReadOnlyList<StatusDefinition> Statuses,
    IReadOnlyList<PhaseDefinition> Phases,
    IReadOnlyList<PropertyDefinition>? TieProperties = null,
    IReadOnlyList<PropertyDefinition>? ActorProperties = null)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public bool IsTieType(string type) => TieTypes.Any(t => t.Type == type);

    public bool IsStatus(string status) => Statuses.Any(s => s.Status == status);

    public bool IsActorKind(string kind) => ActorKinds.Any(k => k.Kind == kind);

    public bool IsPhase(string phase) => Phases.Any(p => p.Phase == phase);

    public TieTypeDefinition? TieType(string type) => TieTypes.FirstOrDefault(t => t.Type == type);

    /// <summary>A declared tie property: one every tie may carry, or one of this type's own.</summary>
    public PropertyDefinition? TieProperty(string type, string name) =>
        TieProperties?.FirstOrDefault(p => p.Name == name) ?? TieType(type)?.Properties?.FirstOrDefault(p => p.Name == name);

    /// <summary>Every property a tie of the type may carry beyond the built-in ones.</summary>
    public IEnumerable<PropertyDefinition> TiePropertiesOf(string type) =>
        (TieProperties ?? []).Concat(TieType(type)?.Properties ?? []);

    public PropertyDefinition? ActorProperty(string name) => ActorProperties?.FirstOrDefault(p => p.Name == name);

    public static NetworkRegistry Load(string path)
    {
        using var stream = File.OpenRead(path);
        var registry = JsonSerializer.Deserialize<NetworkRegistry>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The registry file '{Path.GetFileName(path)}' is empty.");
        if (registry.TieTypes is null || registry.ActorKinds is null || registry.Statuses is null || registry.Phases is null
            || registry.TieTypes.Count == 0 || registry.Statuses.Count == 0)
        {
            throw new InvalidOperationException($"The registry file '{Path.GetFileName(path)}' lacks tie types, actor kinds, statuses or phases.");
        }

        var badType = registry.TieTypes.FirstOrDefault(t => !IsRelationshipTypeName(t.Type));
        if (badType is not null)
        {
            throw new InvalidOperationException($"The registry's tie type '{badType.Type}' is not an UPPER_SNAKE_CASE relationship type.");
        }

        var properties = (registry.TieProperties ?? [])
            .Concat(registry.ActorProperties ?? [])
            .Concat(registry.TieTypes.SelectMany(t => t.Properties ?? []));
        var badProperty = properties.FirstOrDefault(p => !IsPropertyName(p.Name) || !PropertyDefinition.Types.Contains(p.Type));
        if (badProperty is not null)
        {
            throw new InvalidOperationException(
                $"The registry's property '{badProperty.Name}' needs a plain name (letters, digits, _) and one of the types {string.Join(", ", PropertyDefinition.Types)}.");
        }

        return registry;
    }

    private static bool IsPropertyName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    // Tie types end up as relationship types in Cypher text; only plain names are allowed there.
    private static bool IsRelationshipTypeName(string type) =>
        type.Length > 0 && char.IsAsciiLetterUpper(type[0]) && type.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');
}
