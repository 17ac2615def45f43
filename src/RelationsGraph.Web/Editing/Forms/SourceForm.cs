namespace RelationsGraph.Web.Editing.Forms;

/// <summary>The source form's fields as posted.</summary>
public sealed class SourceForm
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }

    public string? Reliability { get; set; }

    public long? Version { get; set; }

    internal SourceInput ToInput() => new(Id, Title, Publisher, Url, Published, null, Reliability, Version);

    internal static SourceForm From(SourceRecord source) => new()
    {
        Id = source.Id,
        Title = source.Title,
        Publisher = source.Publisher,
        Url = source.Url,
        Published = PreciseDate.Format(source.Published, source.PublishedPrecision),
        Reliability = source.Reliability,
        Version = source.Version,
    };
}
