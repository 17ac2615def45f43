using System.Text.Json.Serialization;

namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// Where one value comes from: a column, a fixed value, or a template such as <c>"ATOP alliance {atopid}"</c>
/// ({column} is replaced by the row's cell; {{ and }} are literal braces). Cells are trimmed; an empty cell or
/// one of <see cref="Missing"/> (e.g. "0", "-9") counts as no value. <see cref="Values"/> recodes what was
/// read (e.g. "1" → "full"); a value not listed there is kept as it is.
/// </summary>
public sealed record ValueSpec
{
    public string? Column { get; init; }

    [JsonConverter(typeof(LooseStringConverter))]
    public string? Fixed { get; init; }

    public string? Template { get; init; }

    public IReadOnlyDictionary<string, string>? Values { get; init; }

    public IReadOnlyList<string>? Missing { get; init; }

    public static ValueSpec FromColumn(string column) => new() { Column = column };

    public static ValueSpec FromFixed(string value) => new() { Fixed = value };
}
