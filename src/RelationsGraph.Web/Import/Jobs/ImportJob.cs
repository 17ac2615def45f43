using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Planning;

namespace RelationsGraph.Web.Import.Jobs;

/// <summary>
/// One import run and its progress, updated by the worker and read by pollers: the phase, a count through it,
/// and once finished the row outcomes and counts. Reads and writes of the mutable state go through one lock.
/// </summary>
internal sealed class ImportJob(string id, Upload upload, ImportMapping? mapping, string? preset, bool dryRun, bool skipRejected, string user, string remoteIp, DateTimeOffset createdAt)
{
    // Share of the whole job each phase stands for, so the bar moves steadily through it.
    private static readonly Dictionary<string, (int From, int To)> DryRunPhases = new(StringComparer.Ordinal)
    {
        ["queued"] = (0, 0), ["reading"] = (0, 20), ["matching"] = (20, 50), ["checking"] = (50, 100), ["writing"] = (100, 100),
    };

    private static readonly Dictionary<string, (int From, int To)> ApplyPhases = new(StringComparer.Ordinal)
    {
        ["queued"] = (0, 0), ["reading"] = (0, 10), ["matching"] = (10, 25), ["checking"] = (25, 40), ["writing"] = (40, 100),
    };

    private readonly Lock _gate = new();
    private string _state = ImportJobState.Queued;
    private ImportProgress _progress = new("queued", 0, 0);
    private DateTimeOffset? _started;
    private DateTimeOffset? _finished;
    private ImportCounts? _counts;
    private ImportWritten? _written;
    private ImportJobError? _error;
    private IReadOnlyList<RowOutcome> _outcomes = [];
    private string? _sourceId;

    public string Id { get; } = id;

    public Upload Upload { get; } = upload;

    public ImportMapping? Mapping { get; } = mapping;

    public string? Preset { get; } = preset;

    public bool DryRun { get; } = dryRun;

    public bool SkipRejected { get; } = skipRejected;

    public string User { get; } = user;

    public string RemoteIp { get; } = remoteIp;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public bool Finished
    {
        get
        {
            lock (_gate)
            {
                return _finished is not null;
            }
        }
    }

    public DateTimeOffset? FinishedAt
    {
        get
        {
            lock (_gate)
            {
                return _finished;
            }
        }
    }

    public void Start(DateTimeOffset at)
    {
        lock (_gate)
        {
            _state = ImportJobState.Running;
            _started = at;
        }
    }

    public void Report(ImportProgress progress)
    {
        lock (_gate)
        {
            _progress = progress;
        }
    }

    public void Complete(DateTimeOffset at, string sourceId, ImportPlan plan, QueryCounters? written)
    {
        lock (_gate)
        {
            _state = ImportJobState.Succeeded;
            _finished = at;
            _sourceId = sourceId;
            _counts = plan.Counts();
            _outcomes = plan.Outcomes;
            _written = written is null ? null : new ImportWritten(written.NodesCreated, written.RelationshipsCreated, written.RelationshipsDeleted, written.PropertiesSet);
            _progress = _progress with { Phase = "done", Done = _progress.Total };
        }
    }

    public void Fail(DateTimeOffset at, string code, string message, ImportPlan? plan)
    {
        lock (_gate)
        {
            _state = ImportJobState.Failed;
            _finished = at;
            _error = new ImportJobError(code, message);
            if (plan is not null)
            {
                _counts = plan.Counts();
                _outcomes = plan.Outcomes;
            }
        }
    }

    public ImportJobView View()
    {
        lock (_gate)
        {
            var phases = DryRun ? DryRunPhases : ApplyPhases;
            var percent = _state switch
            {
                ImportJobState.Succeeded => 100,
                ImportJobState.Queued => 0,
                _ when phases.TryGetValue(_progress.Phase, out var span) =>
                    span.From + (int)((span.To - span.From) * (_progress.Total == 0 ? 0 : Math.Clamp((double)_progress.Done / _progress.Total, 0, 1))),
                _ => 0,
            };
            return new ImportJobView(
                Id,
                Upload.Id,
                Upload.FileName,
                Preset,
                DryRun,
                _state,
                _progress.Phase,
                _progress.Done,
                _progress.Total,
                percent,
                CreatedAt,
                _finished,
                _started is { } s && _finished is { } f ? (long)(f - s).TotalMilliseconds : null,
                _sourceId,
                _counts,
                _written,
                _error);
        }
    }

    public ImportRowsPage Rows(string? action, int offset, int limit)
    {
        IReadOnlyList<RowOutcome> outcomes;
        lock (_gate)
        {
            outcomes = _outcomes;
        }

        var matching = action is null ? outcomes : outcomes.Where(o => o.Action == action).ToList();
        return new ImportRowsPage(matching.Count, offset, limit, matching.Skip(offset).Take(limit).ToList());
    }
}
