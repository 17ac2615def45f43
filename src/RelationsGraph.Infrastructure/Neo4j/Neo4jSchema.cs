using Microsoft.Extensions.Logging;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// Applies <c>cypher/schema</c>: each statement in its own request (a transaction that changed the schema may not
/// change data, and the reverse), idempotent through <c>IF NOT EXISTS</c> and by tolerating an equivalent rule.
/// </summary>
internal static class Neo4jSchema
{
    public static async Task<int> ApplyAsync(IGraphBackend backend, string? folder, ILogger logger, CancellationToken cancellationToken)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            Neo4jLog.SchemaMissing(logger, folder);
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.GetFiles(folder, "*.cypher").Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            foreach (var statement in CypherScript.Split(text))
            {
                try
                {
                    await backend.RunAsync(new QueryRequest(statement, Mode: AccessMode.Write, Idempotent: true), cancellationToken).ConfigureAwait(false);
                }
                catch (CypherException ex) when (ex.Code == StatusCodes.EquivalentSchemaRuleAlreadyExists)
                {
                    // Already there: schema application is idempotent.
                }

                count++;
            }
        }

        Neo4jLog.SchemaApplied(logger, count, folder);
        return count;
    }

    /// <summary>The folder as given, else under the app folder, else in a parent of it (running from bin/ in development).</summary>
    public static string? Locate(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }

        var inWorkingFolder = Path.GetFullPath(path);
        if (Directory.Exists(inWorkingFolder))
        {
            return inWorkingFolder;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
