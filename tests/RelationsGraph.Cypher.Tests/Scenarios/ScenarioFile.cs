using System.Globalization;
using System.Text;

namespace RelationsGraph.Cypher.Tests.Scenarios;

/// <summary>
/// One scenario of a <c>.scenario</c> file. The format, line by line:
/// <code>
/// === title                      starts a scenario
/// setup: CYPHER                  runs before the steps and must succeed
/// query: CYPHER                  a step; indented lines that follow continue the query
/// params: {"json": "object"}     parameters of the step before
/// mode: read                     access mode of the step (default write)
/// timeout-ms: 20                 timeout of the step
/// max-rows: 2                    row cap of the step
/// columns: a, b                  expected column names
/// rows: | 1 | 'x' |              one expected row (any order unless "ordered: true")
/// ordered: true
/// empty: true                    expects no rows
/// error: CODE [DETAIL]           expects the step to fail with that code (and detail)
/// counters: nodesCreated=1 ...   expected counters (others are not checked)
/// truncated: true
/// </code>
/// Values print as: null, true, 1, 1.5, 'text', [1, 2], {a: 1}, (:Label {k: 1}), [:TYPE {k: 1}], &lt;path of n rels&gt;.
/// </summary>
public sealed class ScenarioFile
{
    public required string File { get; init; }

    public required string Title { get; init; }

    public List<string> Setup { get; } = [];

    public List<ScenarioStep> Steps { get; } = [];

    public override string ToString() => File + ": " + Title;

    public static List<ScenarioFile> Parse(string file, string text)
    {
        var scenarios = new List<ScenarioFile>();
        ScenarioFile? current = null;
        ScenarioStep? step = null;
        StringBuilder? continuing = null;
        Action<string>? finish = null;

        void Flush()
        {
            if (continuing is not null)
            {
                finish!(continuing.ToString());
                continuing = null;
                finish = null;
            }
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (continuing is not null && line.Length > 0 && char.IsWhiteSpace(line[0]) && line.Trim().Length > 0)
            {
                continuing.Append('\n').Append(line.Trim());
                continue;
            }

            Flush();
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("===", StringComparison.Ordinal))
            {
                current = new ScenarioFile { File = file, Title = line[3..].Trim() };
                scenarios.Add(current);
                step = null;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (current is null || colon < 0)
            {
                throw new FormatException($"{file}: unexpected line '{line}'");
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            var target = current;
            switch (key)
            {
                case "setup":
                    continuing = new StringBuilder(value);
                    finish = q => target.Setup.Add(q);
                    break;
                case "query":
                    step = new ScenarioStep();
                    current.Steps.Add(step);
                    var s = step;
                    continuing = new StringBuilder(value);
                    finish = q => s.Query = q;
                    break;
                default:
                    if (step is null)
                    {
                        throw new FormatException($"{file}: '{key}' before any query in '{current.Title}'");
                    }

                    step.Set(key, value);
                    break;
            }
        }

        Flush();
        return scenarios;
    }
}

/// <summary>One query of a scenario and what it must produce.</summary>
public sealed class ScenarioStep
{
    public string Query { get; set; } = "";

    public string? Parameters { get; private set; }

    public bool ReadMode { get; private set; }

    public int? TimeoutMs { get; private set; }

    public int? MaxRows { get; private set; }

    public List<string>? Columns { get; private set; }

    public List<string> Rows { get; } = [];

    public bool Ordered { get; private set; }

    public bool ExpectEmpty { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorDetail { get; private set; }

    public Dictionary<string, int> Counters { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool? Truncated { get; private set; }

    public void Set(string key, string value)
    {
        switch (key)
        {
            case "params":
                Parameters = value;
                break;
            case "mode":
                ReadMode = value.Equals("read", StringComparison.OrdinalIgnoreCase);
                break;
            case "timeout-ms":
                TimeoutMs = int.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "max-rows":
                MaxRows = int.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "columns":
                Columns = value.Length == 0 ? [] : value.Split(',').Select(c => c.Trim()).ToList();
                break;
            case "rows":
                Rows.Add(NormalizeRow(value));
                break;
            case "ordered":
                Ordered = bool.Parse(value);
                break;
            case "empty":
                ExpectEmpty = bool.Parse(value);
                break;
            case "error":
                var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                ErrorCode = parts[0];
                ErrorDetail = parts.Length > 1 ? parts[1] : null;
                break;
            case "counters":
                foreach (var pair in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    Counters[pair[..eq]] = int.Parse(pair[(eq + 1)..], CultureInfo.InvariantCulture);
                }

                break;
            case "truncated":
                Truncated = bool.Parse(value);
                break;
            default:
                throw new FormatException($"unknown key '{key}'");
        }
    }

    /// <summary>Cells of a <c>| a | b |</c> row joined as <c>a | b</c>.</summary>
    public static string NormalizeRow(string value) =>
        string.Join(" | ", value.Trim().Trim('|').Split('|').Select(c => c.Trim()));
}
