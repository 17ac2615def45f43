namespace RelationsGraph.Web.Import.Jobs;

/// <summary>Runs queued import jobs, one after another, for the life of the app.</summary>
internal sealed class ImportWorker(ImportJobs jobs, ImportRunner runner, Presets.ImportPresets presets) : BackgroundService
{
    // Taking the presets here loads and checks them at start-up: a broken preset file stops the app with its name.
    public int PresetCount { get; } = presets.All.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            // The engine works synchronously on the calling thread; keep it off the host's start-up path.
            await Task.Run(() => runner.RunAsync(job, stoppingToken), stoppingToken).ConfigureAwait(false);
        }
    }
}
