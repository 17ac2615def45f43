namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The actor form's fields as posted (aliases one per line).</summary>
public sealed class ActorForm
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Aliases { get; set; }

    public string? Country { get; set; }

    public string? Description { get; set; }

    public long? Version { get; set; }

    internal ActorInput ToInput() => new(
        Id,
        Name,
        Kind,
        (Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Country,
        Description,
        Version);

    internal static ActorForm From(ActorRecord actor) => new()
    {
        Id = actor.Id,
        Name = actor.Name,
        Kind = actor.Kind,
        Aliases = string.Join("\n", actor.Aliases),
        Country = actor.Country,
        Description = actor.Description,
        Version = actor.Version,
    };
}
