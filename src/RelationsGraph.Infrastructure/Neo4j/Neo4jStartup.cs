using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// At start-up: discover the endpoint, check credentials and database, say which endpoint, version and database
/// are in use, and apply the schema. Any failure stops start-up with a message saying what is wrong.
/// </summary>
internal sealed class Neo4jStartup(Neo4jGraphBackend backend, IOptions<Neo4jOptions> options, ILogger<Neo4jStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await backend.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (options.Value.ApplySchemaOnStart)
        {
            await Neo4jSchema.ApplyAsync(backend, Neo4jSchema.Locate(options.Value.SchemaPath) ?? options.Value.SchemaPath, logger, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
