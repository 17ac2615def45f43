using System.Text.Json;

namespace RelationsGraph.Web.Import.Jobs;

/// <summary>
/// Starts an import of an uploaded file: with a saved preset or a column mapping (a graph document takes
/// neither), as a dry run (nothing written; what each row would do) or for real, where rejected rows stop the
/// import unless <see cref="SkipRejected"/> says to leave them out.
/// </summary>
public sealed record ImportRequest(string? UploadId, string? Preset = null, JsonElement? Mapping = null, bool DryRun = true, bool SkipRejected = false);
