namespace RelationsGraph.Tck.Running;

/// <summary>Stops a scenario at the first failing step; the message is the recorded failure reason.</summary>
internal sealed class ScenarioFailureException(string message) : Exception(message);
