using System.Globalization;
using RelationsGraph.Core.Backend;

namespace RelationsGraph.Web.Data;

/// <summary>Reads one row of a <see cref="QueryResult"/> by column name, tolerant of how each store types values.</summary>
internal readonly struct ResultRow(QueryResult result, IReadOnlyList<object?> values)
{
    public static IEnumerable<ResultRow> All(QueryResult result) => result.Rows.Select(r => new ResultRow(result, r));

    public object? this[string column]
    {
        get
        {
            for (var i = 0; i < result.Columns.Count; i++)
            {
                if (result.Columns[i] == column)
                {
                    return values[i];
                }
            }

            throw new InvalidOperationException($"The query returned no column '{column}'.");
        }
    }

    public string? String(string column) => Text(this[column]);

    public string RequiredString(string column) => String(column) ?? "";

    public long? Long(string column) => this[column] switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => null,
    };

    public bool Bool(string column) => this[column] is true;

    public IReadOnlyList<string> Strings(string column) => this[column] is IEnumerable<object?> list
        ? list.Select(Text).OfType<string>().ToList()
        : [];

    /// <summary>Turns any scalar (including a store's temporal value, whose ToString is ISO 8601) into text.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
