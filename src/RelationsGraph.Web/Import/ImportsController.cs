using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Editing;
using RelationsGraph.Web.Errors;
using RelationsGraph.Web.Import.Jobs;
using RelationsGraph.Web.Import.Mapping;
using RelationsGraph.Web.Import.Planning;
using RelationsGraph.Web.Import.Presets;
using RelationsGraph.Web.Registry;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Import;

/// <summary>
/// Import of actors and ties from CSV or JSON: upload a file (it is read and previewed at once), then start a
/// dry run or an import with a preset or a column mapping; the job runs in the background and is polled for
/// its progress and, when done, its per-row outcomes. Importing is an Analyst's work; uploads and starts are
/// audited (the app's anti-forgery filter guards them like every write).
/// </summary>
[ApiController]
[Route("api/imports")]
[Produces("application/json")]
[MinimumRole(Roles.Analyst)]
public sealed class ImportsController : ControllerBase
{
    public const int PreviewRows = 20;
    public const int MaxPageSize = 1000;

    private readonly UploadStore _uploads;
    private readonly ImportJobs _jobs;
    private readonly ImportPresets _presets;
    private readonly NetworkRegistry _registry;
    private readonly CurrentEditor _user;
    private readonly AuditScope _audit;

    public ImportsController(UploadStore uploads, ImportJobs jobs, ImportPresets presets, NetworkRegistry registry, CurrentEditor user, AuditScope audit)
    {
        _uploads = uploads;
        _jobs = jobs;
        _presets = presets;
        _registry = registry;
        _user = user;
        _audit = audit;
    }

    /// <summary>The saved mappings (presets), with the columns each reads.</summary>
    [HttpGet("presets")]
    [ProducesResponseType<IReadOnlyList<PresetSummary>>(StatusCodes.Status200OK)]
    public IReadOnlyList<PresetSummary> Presets() =>
        _presets.All.OrderBy(p => p.Id, StringComparer.Ordinal).Select(Summary).ToList();

    /// <summary>One preset: the full mapping, to start a mapping of one's own from.</summary>
    [HttpGet("presets/{id}")]
    [ProducesResponseType<ImportMapping>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public IActionResult Preset(string id) =>
        new JsonResult(_presets.Get(id), MappingJson.Options);

    /// <summary>Uploads a CSV or JSON file (form field 'file'; optional 'delimiter'), reads it and answers with a preview.</summary>
    [HttpPost("uploads")]
    [Upload]
    [Audited("import.upload")]
    [ProducesResponseType<UploadView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<ActionResult<UploadView>> Upload()
    {
        // The form is read here and the action binds nothing (not even a CancellationToken): any bound parameter makes
        // model binding read the form first, and it turns a body cut at the size limit into a 400 model-state error.
        // Read here, the server's 413 reaches the exception handler and is answered as the 413 it is.
        var cancellationToken = HttpContext.RequestAborted;
        if (!Request.HasFormContentType)
        {
            throw ImportErrors.NoFile();
        }

        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException malformed)
        {
            throw ImportErrors.UnreadableForm(malformed.Message);
        }

        var file = form.Files.GetFile("file");
        var delimiter = form["delimiter"].FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            throw ImportErrors.NoFile();
        }

        char? separator = null;
        if (!string.IsNullOrEmpty(delimiter))
        {
            separator = MappingValidator.Unescape(delimiter) ?? throw ImportErrors.BadDelimiter(delimiter);
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        _audit.Note(target: $"file={Path.GetFileName(file.FileName)}");
        var upload = _uploads.Add(file.FileName, buffer.ToArray(), separator);
        _audit.Note(target: $"upload={upload.Id}, file={upload.FileName}, sha256={upload.Sha256}");
        return CreatedAtAction(nameof(GetUpload), new { id = upload.Id }, View(upload));
    }

    /// <summary>An upload's preview again.</summary>
    [HttpGet("uploads/{id}")]
    [ProducesResponseType<UploadView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public UploadView GetUpload(string id) => View(_uploads.Get(id));

    /// <summary>
    /// Starts a dry run or an import of an upload: 202 with the job, to poll at its Location. The mapping is
    /// checked first, so a wrong column or an unknown type is a 400 at once, not a failed job.
    /// </summary>
    [HttpPost]
    [Audited("import.start")]
    [ProducesResponseType<ImportJobView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public ActionResult<ImportJobView> Start(ImportRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.UploadId))
        {
            throw ApiErrors.Missing("uploadId");
        }

        _audit.Note(target: $"upload={request.UploadId}", parameters: new { request.Preset, request.DryRun, request.SkipRejected, mapping = request.Mapping is { ValueKind: JsonValueKind.Object } ? "given" : null });
        var upload = _uploads.Get(request.UploadId);
        var hasMapping = request.Mapping is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) };
        ImportMapping? mapping = null;
        if (upload.File.IsGraphDocument)
        {
            if (hasMapping || !string.IsNullOrEmpty(request.Preset))
            {
                throw ImportErrors.NotAGraphDocumentMapping();
            }
        }
        else
        {
            if (hasMapping && !string.IsNullOrEmpty(request.Preset))
            {
                throw ImportErrors.BothMappingAndPreset();
            }

            mapping = hasMapping ? MappingJson.Read(request.Mapping!.Value)
                : !string.IsNullOrEmpty(request.Preset) ? _presets.Get(request.Preset)
                : throw ImportErrors.MappingRequired();
            if (mapping.Delimiter is { } delimiter && MappingValidator.Unescape(delimiter) is { } separator)
            {
                upload = _uploads.WithDelimiter(upload, separator);
            }

            var problems = MappingValidator.Validate(mapping, _registry, upload.File.Rows.Columns);
            if (problems.Count > 0)
            {
                throw ImportErrors.InvalidMapping(problems);
            }
        }

        var job = _jobs.Enqueue(upload, mapping, request.Preset, request.DryRun, request.SkipRejected, _user.Name, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "in-process");
        _audit.Note(target: $"job={job.Id}, upload={upload.Id}, file={upload.FileName}");
        return AcceptedAtAction(nameof(Get), new { id = job.Id }, job.View());
    }

    /// <summary>A job's state and progress; when it is done, its counts (and its error when it failed).</summary>
    [HttpGet("{id}")]
    [ProducesResponseType<ImportJobView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public ImportJobView Get(string id) => _jobs.Get(id).View();

    /// <summary>A page of a finished job's row outcomes, optionally of one action (create, update, unchanged, duplicate, skip, reject).</summary>
    [HttpGet("{id}/rows")]
    [ProducesResponseType<ImportRowsPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public ImportRowsPage Rows(string id, [FromQuery] string? action, [FromQuery] int offset = 0, [FromQuery] int limit = 100)
    {
        if (action is not null && !RowOutcome.Actions.Contains(action))
        {
            throw ImportErrors.BadOption("action", action, string.Join(", ", RowOutcome.Actions));
        }

        Data.RequestValidation.InRange("offset", offset, 0, int.MaxValue);
        Data.RequestValidation.InRange("limit", limit, 1, MaxPageSize);
        return _jobs.Get(id).Rows(action, offset, limit);
    }

    private UploadView View(Upload upload)
    {
        var file = upload.File;
        var table = file.IsGraphDocument ? null : file.Rows;
        var columns = table?.Columns ?? [];
        var suggested = table is null ? [] : _presets.All
            .Where(p => MappingColumns.Of(p).All(c => table.Has(c)))
            .Select(p => p.Id!)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new UploadView(
            upload.Id,
            upload.FileName,
            upload.Bytes.LongLength,
            upload.Sha256,
            file.Format,
            file.Encoding,
            file.ByteOrderMark,
            file.Delimiter,
            file.LineEnding,
            columns,
            table?.Rows.Count ?? file.Tables.Values.Sum(t => t.Rows.Count),
            table?.Rows.Take(PreviewRows).Select(r => new PreviewRow(r.Row, r.Line, r.Cells)).ToList() ?? [],
            file.IsGraphDocument ? file.Tables.ToDictionary(t => t.Key, t => t.Value.Rows.Count, StringComparer.Ordinal) : null,
            suggested);
    }

    private static PresetSummary Summary(ImportMapping preset) =>
        new(preset.Id!, preset.Name, preset.Description, preset.Target, preset.File, MappingColumns.Of(preset).Order(StringComparer.Ordinal).ToList());
}
