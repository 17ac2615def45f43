using System.Globalization;
using System.Text;
using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Tables;

namespace RelationsGraph.Web.Import.Planning;

/// <summary>Reads the values a mapping asks for out of one table's rows: cells, fixed values, templates, keys and dates.</summary>
internal sealed class RowReader(ImportTable table)
{
    public ImportTable Table { get; } = table;

    /// <summary>A trimmed cell; null when empty or absent.</summary>
    public string? Cell(TableRow row, string column)
    {
        var cell = Table.Cell(row, column)?.Trim();
        return string.IsNullOrEmpty(cell) ? null : cell;
    }

    public string? Value(TableRow row, ValueSpec? spec)
    {
        if (spec is null)
        {
            return null;
        }

        string? raw;
        if (spec.Column is not null)
        {
            raw = Cell(row, spec.Column);
        }
        else if (spec.Template is not null)
        {
            raw = Template(row, spec.Template);
        }
        else
        {
            raw = string.IsNullOrWhiteSpace(spec.Fixed) ? null : spec.Fixed.Trim();
        }

        if (raw is null || spec.Missing?.Contains(raw) == true)
        {
            return null;
        }

        return spec.Values is not null && spec.Values.TryGetValue(raw, out var recoded) ? NullIfEmpty(recoded) : raw;
    }

    /// <summary>Fills {column} references with the row's cells; null when every referenced cell is empty.</summary>
    public string? Template(TableRow row, string template)
    {
        var builder = new StringBuilder();
        var referenced = 0;
        var filled = 0;
        foreach (var (literal, column) in TemplateParts(template))
        {
            if (column is null)
            {
                builder.Append(literal);
                continue;
            }

            referenced++;
            var cell = Cell(row, column);
            if (cell is not null)
            {
                filled++;
                builder.Append(cell);
            }
        }

        var text = builder.ToString().Trim();
        return referenced > 0 && filled == 0 || text.Length == 0 ? null : text;
    }

    /// <summary>The literal pieces and {column} references of a template, in order; {{ and }} are literal braces.</summary>
    public static IEnumerable<(string Literal, string? Column)> TemplateParts(string template)
    {
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    literal.Append(template[i..]);
                    break;
                }

                if (literal.Length > 0)
                {
                    yield return (literal.ToString(), null);
                    literal.Clear();
                }

                yield return ("", template[(i + 1)..end].Trim());
                i = end;
            }
            else
            {
                literal.Append(c);
            }
        }

        if (literal.Length > 0)
        {
            yield return (literal.ToString(), null);
        }
    }

    /// <summary>The key a row gives (prefix included, numeric codes normalised); null with a reason when there is none.</summary>
    public string? Key(TableRow row, KeySpec spec, string what, out string? error)
    {
        error = null;
        var raw = spec.Column is not null ? Cell(row, spec.Column) : NullIfEmpty(spec.Fixed?.Trim());
        if (raw is null)
        {
            error = spec.Column is not null ? $"no {what}: the column '{spec.Column}' is empty" : $"no {what}";
            return null;
        }

        if (spec.Numeric)
        {
            if (!ImportValues.TryInteger(raw, out var number))
            {
                error = $"the {what} '{raw}' is not a whole number";
                return null;
            }

            raw = number.ToString(CultureInfo.InvariantCulture);
        }

        return (spec.Prefix ?? "") + raw;
    }

    /// <summary>A partial date; null without a reason when the row has none, null with a reason when it is wrong.</summary>
    public PartialDate? Date(TableRow row, DateSpec? spec, string what, out string? error)
    {
        error = null;
        if (spec is null)
        {
            return null;
        }

        string? Read(string? column)
        {
            var cell = column is null ? null : Cell(row, column);
            return cell is null || spec.Missing?.Contains(cell) == true ? null : cell;
        }

        PartialDate? date;
        if (spec.Column is not null)
        {
            var text = Read(spec.Column);
            if (text is null)
            {
                return null;
            }

            date = PartialDate.Parse(text, spec.Precision is null ? null : Read(spec.Precision), out error);
        }
        else
        {
            var year = Read(spec.Year);
            var month = Read(spec.Month);
            var day = Read(spec.Day);
            if (year is null)
            {
                if (month is not null || day is not null)
                {
                    error = $"{what} has a month or day but no year";
                }

                return null;
            }

            string? problem = null;
            long? Number(string? text, string part)
            {
                if (text is null)
                {
                    return null;
                }

                if (ImportValues.TryInteger(text, out var n))
                {
                    return n;
                }

                problem ??= $"the {part} '{text}' is not a number";
                return null;
            }

            var y = Number(year, "year");
            var m = Number(month, "month");
            var d = Number(day, "day");
            if (problem is not null || y is null)
            {
                error = $"{what}: {problem}";
                return null;
            }

            date = PartialDate.FromParts(y.Value, m, d, out error);
        }

        if (error is not null)
        {
            error = $"{what}: {error}";
        }

        return date;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
