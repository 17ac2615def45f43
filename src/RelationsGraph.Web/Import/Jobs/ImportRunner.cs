using Microsoft.Extensions.Options;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Planning;
using RelationsGraph.Web.Import.Writing;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Import.Jobs;

/// <summary>
/// Runs one job. A dry run plans against the store as it is. An apply opens ONE write transaction, plans
/// inside it (so what it checked is what it changes), writes, and commits; rejected rows (unless skipped), a
/// failed statement or a cancellation roll everything back, so an import applies completely or not at all.
/// </summary>
internal sealed partial class ImportRunner(
    IGraphBackend backend,
    NetworkRegistry registry,
    IOptions<ImportOptions> options,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<ImportRunner> logger)
{
    public async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        await RunJobAsync(job, ct).ConfigureAwait(false);
        if (!job.DryRun)
        {
            await AuditAsync(job).ConfigureAwait(false);
        }
    }

    private async Task RunJobAsync(ImportJob job, CancellationToken ct)
    {
        job.Start(clock.GetUtcNow());
        var source = SourceFor(job);
        var now = clock.GetUtcNow();
        var context = new ImportContext(source.Id, job.Upload.FileName, job.User, CypherDate.Of(now.Year, now.Month, now.Day), job.Mapping?.Evidence ?? false, job.Mapping?.Stamp ?? false, Security.UserStore.Format(now));
        ImportPlan? plan = null;
        try
        {
            if (job.DryRun)
            {
                plan = await PlanAsync(job, new ImportStore(backend, registry), context, source, ct).ConfigureAwait(false);
                job.Complete(clock.GetUtcNow(), source.Id, plan, null);
                return;
            }

            // Idempotent as a unit: it plans inside its own transaction, so a second run (after a deadlock, or after a
            // commit whose answer was lost) plans against what the first left behind and writes only what is missing.
            var written = await backend.ExecuteTransactionAsync(
                AccessMode.Write,
                async (transaction, token) =>
                {
                    plan = await PlanAsync(job, new ImportStore(transaction, registry), context, source, token).ConfigureAwait(false);
                    if (plan.Rejected > 0 && !job.SkipRejected)
                    {
                        throw ImportErrors.RejectedRows(plan.Rejected, plan.Rows);
                    }

                    var writer = new ImportWriter(transaction, registry, job.Report, context.User, context.At);
                    await writer.WriteAsync(plan, token).ConfigureAwait(false);
                    return writer.Counters;
                },
                idempotent: true,
                options.Value.Timeout,
                ct).ConfigureAwait(false);
            job.Complete(clock.GetUtcNow(), source.Id, plan!, written);
            var counts = job.View().Counts!;
            LogApplied(job.Id, job.Upload.FileName, job.User, counts.TiesCreated, counts.ActorsCreated);
        }
        catch (CypherException ex)
        {
            job.Fail(clock.GetUtcNow(), ex.Code, ex.Message, plan);
        }
        catch (OperationCanceledException)
        {
            job.Fail(clock.GetUtcNow(), Core.Errors.StatusCodes.TransientTimeout, "The import was stopped before it finished; nothing was imported.", plan);
        }
        catch (Exception ex)
        {
            LogFailed(ex, job.Id);
            job.Fail(clock.GetUtcNow(), Core.Errors.StatusCodes.UnknownError, "The import failed; nothing was imported. The server log has the details.", plan);
        }
    }

    /// <summary>
    /// The import's own entry in the audit trail, written when it ends (the request that started it is audited
    /// too, but only knows it was queued): who imported which file into which Source, and what came of it.
    /// </summary>
    private async Task AuditAsync(ImportJob job)
    {
        var view = job.View();
        var counts = view.Counts;
        var entry = new AuditEvent(
            Guid.NewGuid().ToString("N"),
            Security.UserStore.Format(view.FinishedAt ?? clock.GetUtcNow()),
            job.User,
            "import.apply",
            $"job={job.Id}, file={job.Upload.FileName}, sha256={job.Upload.Sha256}, source={view.SourceId ?? SourceFor(job).Id}",
            null,
            System.Text.Json.JsonSerializer.Serialize(new
            {
                preset = job.Preset,
                skipRejected = job.SkipRejected,
                rows = counts?.Rows,
                created = counts?.Create,
                updated = counts?.Update,
                unchanged = counts?.Unchanged,
                rejected = counts?.Reject,
                actorsCreated = counts?.ActorsCreated,
                tiesCreated = counts?.TiesCreated,
                tiesUpdated = counts?.TiesUpdated,
            }),
            job.RemoteIp,
            view.Error is null ? "ok" : $"failed: {view.Error.Code}",
            view.Error is null ? Microsoft.AspNetCore.Http.StatusCodes.Status200OK : Errors.GraphExceptionHandler.StatusFor(new CypherException(view.Error.Code, view.Error.Message)));
        try
        {
            await audit.RecordAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is CypherException or InvalidOperationException)
        {
            LogAuditFailed(ex, job.Id);
        }
    }

    private async Task<ImportPlan> PlanAsync(ImportJob job, ImportStore store, ImportContext context, SourceRecord source, CancellationToken ct)
    {
        var planner = new ImportPlanner(registry, store, context, job.Report);
        return job.Mapping is null
            ? await planner.PlanGraphAsync(job.Upload.File, source, ct).ConfigureAwait(false)
            : await planner.PlanTableAsync(job.Upload.File.Rows, job.Mapping, source, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The Source the import is recorded as: the mapping's (a preset's data set) or, for an ad hoc mapping
    /// without a source id, one named after the file and its content, so the same file finds the same Source.
    /// </summary>
    internal static SourceRecord SourceFor(ImportJob job)
    {
        var spec = job.Mapping?.Source ?? new SourceSpec();
        var id = spec.Id;
        if (string.IsNullOrEmpty(id))
        {
            var stem = Ids.Slug(Path.GetFileNameWithoutExtension(job.Upload.FileName));
            id = $"import-{(stem.Length > 60 ? stem[..60].TrimEnd('-') : stem)}-{job.Upload.Sha256[..10]}".Replace("--", "-", StringComparison.Ordinal);
        }

        var published = string.IsNullOrEmpty(spec.Published) ? null : PartialDate.Parse(spec.Published, null, out _);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = string.IsNullOrWhiteSpace(spec.Title) ? job.Upload.FileName : spec.Title.Trim(),
            ["publisher"] = NullIfBlank(spec.Publisher),
            ["url"] = NullIfBlank(spec.Url),
            ["published"] = published?.Date,
            ["publishedPrecision"] = published?.Precision,
            ["reliability"] = NullIfBlank(spec.Reliability),
            ["citation"] = NullIfBlank(spec.Citation),
            ["importFile"] = job.Upload.FileName,
            ["importSha256"] = job.Upload.Sha256,
        };
        return new SourceRecord(id, properties);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {Job} of {File} by {User} applied: {Ties} ties and {Actors} actors created.")]
    private partial void LogApplied(string job, string file, string user, int ties, int actors);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit entry of import {Job} could not be written.")]
    private partial void LogAuditFailed(Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {Job} failed.")]
    private partial void LogFailed(Exception exception, string job);
}
