using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Hosting;

namespace RelationsGraph.Web.Initialization;

/// <summary>
/// At start-up: applies cypher/schema (idempotent statements), then loads cypher/seed into a store that has
/// no seed marker yet. The seed upserts by id, so a start that died half-way through seeding finishes the
/// job next time without duplicating anything; the marker, written last, keeps it from running twice.
/// A failure is logged and recorded (the health endpoint and the page show it); the app still starts.
/// </summary>
internal sealed partial class GraphInitializer(
    IGraphBackend backend,
    InitializationState state,
    IWebHostEnvironment environment,
    ILogger<GraphInitializer> logger) : IHostedService
{
    internal const string CheckSeedQuery = "MATCH (m:Meta {id: 'seed'}) RETURN m.version AS version";
    internal const string MarkSeededQuery = "MERGE (m:Meta {id: 'seed'}) SET m.version = $version, m.files = $files";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var cypherRoot = ContentLocator.CypherRoot(environment.ContentRootPath);
        try
        {
            await ApplyFolderAsync(Path.Combine(cypherRoot, "schema"), tolerateExistingRules: true, cancellationToken).ConfigureAwait(false);
            var seedFiles = CypherFiles(Path.Combine(cypherRoot, "seed"));
            var version = seedFiles.Count == 0 ? "none" : Path.GetFileNameWithoutExtension(seedFiles[^1]);

            var existing = await backend.RunAsync(new QueryRequest(CheckSeedQuery), cancellationToken).ConfigureAwait(false);
            if (existing.Rows.Count > 0)
            {
                var found = existing.Rows[0][0] as string ?? "unknown";
                LogAlreadySeeded(found);
                state.Ready(found, seededNow: false);
                return;
            }

            foreach (var file in seedFiles)
            {
                await ApplyFileAsync(file, cancellationToken).ConfigureAwait(false);
            }

            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["version"] = version,
                ["files"] = seedFiles.Select(f => (object?)Path.GetFileName(f)).ToList(),
            };
            await backend.RunAsync(new QueryRequest(MarkSeededQuery, parameters, AccessMode.Write, Idempotent: true), cancellationToken).ConfigureAwait(false);
            LogSeeded(seedFiles.Count, version);
            state.Ready(version, seededNow: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, backend.Name);
            state.Failed(ex is CypherException cypher
                ? $"The {backend.Name} graph store could not be prepared ({cypher.Code}): {cypher.Message}"
                : $"The {backend.Name} graph store could not be prepared: {ex.Message}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ApplyFolderAsync(string folder, bool tolerateExistingRules, CancellationToken cancellationToken)
    {
        foreach (var file in CypherFiles(folder))
        {
            await ApplyFileAsync(file, cancellationToken, tolerateExistingRules).ConfigureAwait(false);
        }
    }

    private async Task ApplyFileAsync(string file, CancellationToken cancellationToken, bool tolerateExistingRules = false)
    {
        var text = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        foreach (var statement in CypherScript.Split(text))
        {
            try
            {
                // Schema is IF NOT EXISTS and the seed upserts by id (see the class comment), so a statement whose answer
                // was lost may be sent again.
                await backend.RunAsync(new QueryRequest(statement, Mode: AccessMode.Write, Idempotent: true), cancellationToken).ConfigureAwait(false);
            }
            catch (CypherException ex) when (tolerateExistingRules && ex.Code == Core.Errors.StatusCodes.EquivalentSchemaRuleAlreadyExists)
            {
                // A store may answer IF NOT EXISTS this way when the rule is already there; that is the goal.
            }
            catch (CypherException ex)
            {
                throw new CypherException(ex.Code, $"{Path.GetFileName(file)}: {ex.Message}", ex.Line, ex.Column, ex.Offset, ex.Detail, ex);
            }
        }
    }

    internal static IReadOnlyList<string> CypherFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cypher").Order(StringComparer.Ordinal).ToList()
            : [];

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store already seeded (version {Version}); seed skipped.")]
    private partial void LogAlreadySeeded(string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the graph store from {Count} files (version {Version}).")]
    private partial void LogSeeded(int count, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Preparing the {Backend} graph store failed.")]
    private partial void LogFailed(Exception exception, string backend);
}
