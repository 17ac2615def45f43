namespace RelationsGraph.Tck.Gherkin;

/// <summary>One step of a scenario, with its optional doc string and data table (rows of already unescaped cells).</summary>
internal sealed record GherkinStep(
    string Keyword,
    string Text,
    int Line,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? Table);
