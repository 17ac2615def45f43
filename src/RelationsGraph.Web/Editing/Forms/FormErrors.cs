namespace RelationsGraph.Web.Editing.Forms;

/// <summary>What a form shows after a refused post: a message at the top and messages beside the fields.</summary>
internal sealed record FormErrors(string? Message, IReadOnlyDictionary<string, string[]> Fields)
{
    public static FormErrors None { get; } = new(null, new Dictionary<string, string[]>());

    public IReadOnlyList<string> For(string field) =>
        Fields.TryGetValue(field, out var messages) ? messages : [];
}
