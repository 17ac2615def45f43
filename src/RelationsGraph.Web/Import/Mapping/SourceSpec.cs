namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// The Source an import is recorded as: the data set and who published it. <see cref="Published"/> may be
/// partial (2017, 2017-05); <see cref="Reliability"/> is on the A–F scale. Without an id the import gets one
/// from the file name and the file's content, so importing the same file again finds the same Source.
/// </summary>
public sealed record SourceSpec
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public string? Published { get; init; }

    public string? Reliability { get; init; }

    public string? Citation { get; init; }
}
