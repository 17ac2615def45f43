using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Import.Mapping;

namespace RelationsGraph.Web.Import.Jobs;

/// <summary>
/// The import jobs: queued here, run one at a time by <see cref="ImportWorker"/> (imports write in one long
/// transaction, so running them side by side would only make them wait on each other), and kept for a while
/// after they finish so their outcomes can be paged.
/// </summary>
public sealed class ImportJobs(IOptions<ImportOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    internal ChannelReader<ImportJob> Queue => _queue.Reader;

    internal ImportJob Enqueue(Upload upload, ImportMapping? mapping, string? preset, bool dryRun, bool skipRejected, string user, string remoteIp)
    {
        Sweep();
        var job = new ImportJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), upload, mapping, preset, dryRun, skipRejected, user, remoteIp, clock.GetUtcNow());
        _jobs[job.Id] = job;
        if (!_queue.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("The import queue is closed.");
        }

        return job;
    }

    internal ImportJob Get(string id) => _jobs.TryGetValue(id, out var job) ? job : throw ImportErrors.JobNotFound(id);

    private void Sweep()
    {
        var cutoff = clock.GetUtcNow() - options.Value.KeepFor;
        foreach (var old in _jobs.Values.Where(j => j.FinishedAt < cutoff))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }
}
