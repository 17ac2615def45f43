using System.Text.Json.Serialization;

namespace RelationsGraph.Web.Import.Mapping;

/// <summary>
/// An identifier read from a column (or fixed), optionally with a prefix (<c>cow-</c> + 2 gives <c>cow-2</c>).
/// <see cref="Numeric"/> reads the cell as a whole number first, so "2", "002" and "2.0" (as spreadsheets
/// write codes) are the same key, and "two" is refused.
/// </summary>
public record KeySpec
{
    public string? Column { get; init; }

    [JsonConverter(typeof(LooseStringConverter))]
    public string? Fixed { get; init; }

    public string? Prefix { get; init; }

    public bool Numeric { get; init; }
}
