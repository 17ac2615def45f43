using RelationsGraph.Tck.Gherkin;

namespace RelationsGraph.Tck.Running;

/// <summary>
/// Runs scenarios in parallel, each with its own engine, on its own thread (with a large stack, so deep
/// recursion in the engine fails as an exception rather than killing the process) and under a timeout.
/// </summary>
internal sealed class TckRunner(string graphsFolder, TimeSpan timeout, int parallelism)
{
    private const int StackSize = 64 * 1024 * 1024;

    public async Task<IReadOnlyList<ScenarioOutcome>> RunAllAsync(IReadOnlyList<TckScenario> scenarios, Action<ScenarioOutcome>? onDone = null)
    {
        var outcomes = new ScenarioOutcome[scenarios.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, scenarios.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (index, _) =>
            {
                var outcome = await RunOneAsync(scenarios[index]).ConfigureAwait(false);
                outcomes[index] = outcome;
                onDone?.Invoke(outcome);
            }).ConfigureAwait(false);
        return outcomes;
    }

    public async Task<ScenarioOutcome> RunOneAsync(TckScenario scenario)
    {
        var completion = new TaskCompletionSource<ScenarioOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancellation = new CancellationTokenSource();
        var token = cancellation.Token;
        var thread = new Thread(
            () =>
            {
                try
                {
                    using var executor = new ScenarioExecutor(graphsFolder, timeout, token);
                    completion.TrySetResult(executor.Run(scenario));
                }
                catch (Exception ex)
                {
                    completion.TrySetResult(new ScenarioOutcome(scenario, false, false, ScenarioExecutor.Describe(ex, "in runner"), null));
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "tck " + scenario.Id,
        };
        thread.Start();

        try
        {
            var outcome = await completion.Task.WaitAsync(timeout).ConfigureAwait(false);
            cancellation.Dispose();
            return outcome;
        }
        catch (TimeoutException)
        {
            // The thread is abandoned (and keeps the token source); cancelling asks the engine to stop so it does not keep a core busy.
            await cancellation.CancelAsync().ConfigureAwait(false);
            return new ScenarioOutcome(scenario, false, false, $"timeout: no outcome after {timeout.TotalSeconds:0} s", null);
        }
    }
}
