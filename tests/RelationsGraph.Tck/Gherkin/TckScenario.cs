namespace RelationsGraph.Tck.Gherkin;

/// <summary>
/// One runnable test: a plain scenario, or one example row of an outline with its placeholders substituted.
/// Background steps are already prepended.
/// </summary>
/// <param name="Id">Stable identifier: <c>relative/path.feature:[n] name</c>, plus <c>#k</c> (1-based) for outline rows.</param>
/// <param name="FeaturePath">Path of the feature file relative to the features folder, with forward slashes.</param>
/// <param name="Name">The scenario's name as written.</param>
/// <param name="Line">Line of the Scenario keyword in the feature file.</param>
/// <param name="ExampleIndex">1-based example row for outlines; null for plain scenarios.</param>
/// <param name="Tags">Tags on the scenario and its feature, without the <c>@</c>.</param>
/// <param name="Steps">Background steps followed by the scenario's own steps.</param>
internal sealed record TckScenario(
    string Id,
    string FeaturePath,
    string Name,
    int Line,
    int? ExampleIndex,
    IReadOnlyList<string> Tags,
    IReadOnlyList<GherkinStep> Steps)
{
    public bool IsIgnored => Tags.Contains("ignore", StringComparer.OrdinalIgnoreCase);

    /// <summary>The two leading folders of the feature path, e.g. <c>clauses/match</c>.</summary>
    public string Folder
    {
        get
        {
            var parts = FeaturePath.Split('/');
            return parts.Length > 2 ? parts[0] + "/" + parts[1] : parts.Length > 1 ? parts[0] : "(root)";
        }
    }
}
