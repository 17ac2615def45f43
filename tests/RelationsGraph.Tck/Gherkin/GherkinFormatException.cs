namespace RelationsGraph.Tck.Gherkin;

/// <summary>A feature file that does not follow the Gherkin subset the runner understands.</summary>
internal sealed class GherkinFormatException(string path, int line, string message)
    : Exception($"{path}:{line}: {message}")
{
    public string FeaturePath { get; } = path;

    public int Line { get; } = line;
}
