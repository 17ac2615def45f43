using System.Text;

namespace RelationsGraph.Tck.Gherkin;

/// <summary>
/// Reads the regular Gherkin subset the openCypher TCK uses and expands it into runnable scenarios:
/// backgrounds are prepended, outlines become one scenario per example row with placeholders substituted.
/// </summary>
internal static class FeatureParser
{
    private static readonly string[] StepKeywords = ["Given ", "When ", "Then ", "And ", "But ", "* "];

    public static IReadOnlyList<TckScenario> ParseFile(string fullPath, string relativePath) =>
        Parse(File.ReadAllText(fullPath, Encoding.UTF8), relativePath);

    public static IReadOnlyList<TckScenario> Parse(string text, string relativePath)
    {
        var blocks = ReadBlocks(text, relativePath, out var featureTags);
        var background = blocks.FirstOrDefault(b => b.Kind == BlockKind.Background);
        var prefix = background?.Steps.Select(s => s.Build()).ToList() ?? [];
        var result = new List<TckScenario>();
        foreach (var block in blocks.Where(b => b.Kind != BlockKind.Background))
        {
            var tags = featureTags.Concat(block.Tags).ToList();
            var baseId = relativePath + ":" + block.Name;
            if (block.Kind == BlockKind.Scenario)
            {
                result.Add(new TckScenario(baseId, relativePath, block.Name, block.Line, null, tags, [.. prefix, .. block.Steps.Select(s => s.Build())]));
                continue;
            }

            var index = 0;
            foreach (var examples in block.Examples)
            {
                if (examples.Count == 0)
                {
                    continue;
                }

                var header = examples[0];
                foreach (var row in examples.Skip(1))
                {
                    index++;
                    if (row.Count != header.Count)
                    {
                        throw new GherkinFormatException(relativePath, block.Line, $"example row {index} has {row.Count} cells, header has {header.Count}");
                    }

                    var values = header.Select((h, i) => (Placeholder: "<" + h + ">", Value: row[i])).ToList();
                    var steps = block.Steps.Select(s => Substitute(s.Build(), values)).ToList();
                    result.Add(new TckScenario(
                        baseId + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        relativePath,
                        block.Name,
                        block.Line,
                        index,
                        tags,
                        [.. prefix, .. steps]));
                }
            }
        }

        return result;
    }

    /// <summary>Splits a table row into cells, applying Gherkin's cell escapes (<c>\n</c>, <c>\\</c>, <c>\|</c>).</summary>
    public static IReadOnlyList<string> SplitRow(string trimmedLine)
    {
        var cells = new List<string>();
        var raw = new StringBuilder();
        var cooked = new StringBuilder();
        var i = trimmedLine.IndexOf('|', StringComparison.Ordinal) + 1;
        while (i < trimmedLine.Length)
        {
            var c = trimmedLine[i];
            if (c == '|')
            {
                cells.Add(TrimCell(cooked.ToString(), raw.ToString()));
                raw.Clear();
                cooked.Clear();
                i++;
                continue;
            }

            if (c == '\\' && i + 1 < trimmedLine.Length)
            {
                var next = trimmedLine[i + 1];
                raw.Append(c).Append(next);
                switch (next)
                {
                    case 'n':
                        cooked.Append('\n');
                        break;
                    case '|':
                    case '\\':
                        cooked.Append(next);
                        break;
                    default:
                        cooked.Append(c).Append(next);
                        break;
                }

                i += 2;
                continue;
            }

            raw.Append(c);
            cooked.Append(c);
            i++;
        }

        return cells;
    }

    // Only literal spaces/tabs around a cell are insignificant; an escaped \n at the edge is content.
    private static string TrimCell(string cooked, string raw)
    {
        var lead = raw.Length - raw.TrimStart(' ', '\t').Length;
        var trail = raw.Length - raw.TrimEnd(' ', '\t').Length;
        if (lead + trail >= raw.Length)
        {
            return string.Empty;
        }

        // Whitespace is never produced by an escape except \n, so the cooked text has the same plain edges.
        return cooked.Substring(lead, cooked.Length - lead - trail);
    }

    private static GherkinStep Substitute(GherkinStep step, List<(string Placeholder, string Value)> values)
    {
        string Apply(string s)
        {
            foreach (var (placeholder, value) in values)
            {
                s = s.Replace(placeholder, value, StringComparison.Ordinal);
            }

            return s;
        }

        return step with
        {
            Text = Apply(step.Text),
            DocString = step.DocString is null ? null : Apply(step.DocString),
            Table = step.Table?.Select(r => (IReadOnlyList<string>)r.Select(Apply).ToList()).ToList(),
        };
    }

    private static List<Block> ReadBlocks(string text, string path, out List<string> featureTags)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<Block>();
        featureTags = [];
        var pendingTags = new List<string>();
        Block? current = null;
        StepBuilder? lastStep = null;
        List<IReadOnlyList<string>>? currentExamples = null;
        var sawFeature = false;

        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var trimmed = line.Trim();
            var lineNo = n + 1;
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith('@'))
            {
                pendingTags.AddRange(trimmed.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                    .Where(t => t.StartsWith('@'))
                    .Select(t => t[1..]));
                continue;
            }

            if (trimmed.StartsWith("\"\"\"", StringComparison.Ordinal) || trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (lastStep is null || lastStep.DocString is not null || lastStep.Table is not null)
                {
                    throw new GherkinFormatException(path, lineNo, "doc string without a step");
                }

                lastStep.DocString = ReadDocString(lines, ref n, path);
                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                var row = SplitRow(trimmed);
                if (currentExamples is not null)
                {
                    currentExamples.Add(row);
                }
                else if (lastStep is not null && lastStep.DocString is null)
                {
                    (lastStep.Table ??= []).Add(row);
                }
                else
                {
                    throw new GherkinFormatException(path, lineNo, "table row without a step");
                }

                continue;
            }

            if (TryKeyword(trimmed, "Feature:", out _))
            {
                sawFeature = true;
                featureTags = [.. pendingTags];
                pendingTags.Clear();
                continue;
            }

            if (TryKeyword(trimmed, "Background:", out var bgName))
            {
                current = new Block(BlockKind.Background, bgName, lineNo, []);
                blocks.Add(current);
                pendingTags.Clear();
                lastStep = null;
                currentExamples = null;
                continue;
            }

            if (TryKeyword(trimmed, "Scenario Outline:", out var outlineName) || TryKeyword(trimmed, "Scenario Template:", out outlineName))
            {
                current = new Block(BlockKind.Outline, outlineName, lineNo, [.. pendingTags]);
                blocks.Add(current);
                pendingTags.Clear();
                lastStep = null;
                currentExamples = null;
                continue;
            }

            if (TryKeyword(trimmed, "Scenario:", out var scenarioName) || TryKeyword(trimmed, "Example:", out scenarioName))
            {
                current = new Block(BlockKind.Scenario, scenarioName, lineNo, [.. pendingTags]);
                blocks.Add(current);
                pendingTags.Clear();
                lastStep = null;
                currentExamples = null;
                continue;
            }

            if (TryKeyword(trimmed, "Examples:", out _) || TryKeyword(trimmed, "Scenarios:", out _))
            {
                if (current is not { Kind: BlockKind.Outline })
                {
                    throw new GherkinFormatException(path, lineNo, "Examples outside a Scenario Outline");
                }

                // Tags on an Examples block are not used by the TCK; they are dropped.
                pendingTags.Clear();
                currentExamples = [];
                current.Examples.Add(currentExamples);
                lastStep = null;
                continue;
            }

            var keyword = StepKeywords.FirstOrDefault(k => trimmed.StartsWith(k, StringComparison.Ordinal));
            if (keyword is not null && current is not null && currentExamples is null)
            {
                lastStep = new StepBuilder(keyword.Trim(), trimmed[keyword.Length..].Trim(), lineNo);
                current.Steps.Add(lastStep);
                continue;
            }

            if (!sawFeature || (current is null && lastStep is null))
            {
                // Free-text description under the Feature line.
                continue;
            }

            throw new GherkinFormatException(path, lineNo, "unexpected line: " + trimmed);
        }

        return blocks;
    }

    private static string ReadDocString(string[] lines, ref int n, string path)
    {
        var opening = lines[n];
        var indent = opening.Length - opening.TrimStart().Length;
        var delimiter = opening.TrimStart()[..3];
        var content = new List<string>();
        for (n++; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Trim() == delimiter)
            {
                return string.Join('\n', content);
            }

            // Indentation is relative to the opening delimiter; lines indented less lose only what they have.
            var strip = 0;
            while (strip < indent && strip < line.Length && char.IsWhiteSpace(line[strip]))
            {
                strip++;
            }

            var body = line[strip..];
            content.Add(delimiter == "\"\"\"" ? body.Replace("\\\"\\\"\\\"", "\"\"\"", StringComparison.Ordinal) : body);
        }

        throw new GherkinFormatException(path, lines.Length, "unterminated doc string");
    }

    private static bool TryKeyword(string trimmed, string keyword, out string rest)
    {
        if (trimmed.StartsWith(keyword, StringComparison.Ordinal))
        {
            rest = trimmed[keyword.Length..].Trim();
            return true;
        }

        rest = string.Empty;
        return false;
    }

    private enum BlockKind
    {
        Background,
        Scenario,
        Outline,
    }

    private sealed class Block(BlockKind kind, string name, int line, List<string> tags)
    {
        public BlockKind Kind { get; } = kind;

        public string Name { get; } = name;

        public int Line { get; } = line;

        public List<string> Tags { get; } = tags;

        public List<StepBuilder> Steps { get; } = [];

        public List<List<IReadOnlyList<string>>> Examples { get; } = [];
    }

    private sealed class StepBuilder(string keyword, string text, int line)
    {
        public string Keyword { get; } = keyword;

        public string Text { get; } = text;

        public int Line { get; } = line;

        public string? DocString { get; set; }

        public List<IReadOnlyList<string>>? Table { get; set; }

        public GherkinStep Build() => new(Keyword, Text, Line, DocString, Table);
    }
}
