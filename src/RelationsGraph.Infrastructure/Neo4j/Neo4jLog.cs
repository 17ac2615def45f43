using Microsoft.Extensions.Logging;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>The backend's log lines. Credentials never appear in any of them.</summary>
internal static partial class Neo4jLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Graph backend Neo4j: {Endpoint} at {Uri}, server {Version} ({Edition}), database '{Database}'.")]
    public static partial void Connected(ILogger logger, string endpoint, Uri uri, string version, string edition, string database);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Neo4j server version '{Version}' is unknown or could not be read; assuming Neo4j 5.26 behaviour (typed JSON, Query API transactions, no maxExecutionTime).")]
    public static partial void VersionAssumed(ILogger logger, string version);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Neo4j schema: applied {Count} statements from {Path}.")]
    public static partial void SchemaApplied(ILogger logger, int count, string path);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Neo4j schema: no folder {Path}; nothing applied.")]
    public static partial void SchemaMissing(ILogger logger, string? path);
}
