using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Tck.Running;

/// <summary>
/// How one scenario went. <see cref="Passed"/> is the lenient verdict (any engine error satisfies an error step);
/// <see cref="StrictPassed"/> also requires the error's type and detail to match.
/// </summary>
internal sealed record ScenarioOutcome(TckScenario Scenario, bool Passed, bool StrictPassed, string? Message, string? StrictMessage)
{
    public bool PassedIn(bool strict) => strict ? StrictPassed : Passed;

    /// <summary>The failure reason in the selected mode; null when the scenario passed.</summary>
    public string? FailureIn(bool strict) => PassedIn(strict) ? null : Message ?? StrictMessage;
}
