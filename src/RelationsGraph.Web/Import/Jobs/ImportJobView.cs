using RelationsGraph.Web.Import.Planning;

namespace RelationsGraph.Web.Import.Jobs;

/// <summary>
/// A job as the API shows it: its state, the phase it is in and how far (percent over the whole job), and when
/// done, what the rows came to (counts) and what was written; a failed job says why with a code and message.
/// </summary>
public sealed record ImportJobView(
    string Id,
    string UploadId,
    string FileName,
    string? Preset,
    bool DryRun,
    string State,
    string Phase,
    long Done,
    long Total,
    int Percent,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    long? ElapsedMs,
    string? SourceId,
    ImportCounts? Counts,
    ImportWritten? Written,
    ImportJobError? Error);

/// <summary>What the store reported an applied import changed.</summary>
public sealed record ImportWritten(int NodesCreated, int RelationshipsCreated, int RelationshipsDeleted, int PropertiesSet);

/// <summary>Why a job failed: a Neo4j-style status code and a message.</summary>
public sealed record ImportJobError(string Code, string Message);

/// <summary>A page of a job's row outcomes.</summary>
public sealed record ImportRowsPage(int Total, int Offset, int Limit, IReadOnlyList<RowOutcome> Rows);
