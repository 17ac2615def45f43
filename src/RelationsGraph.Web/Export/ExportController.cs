using System.Text;
using Microsoft.AspNetCore.Mvc;
using RelationsGraph.Web.Audit;
using RelationsGraph.Web.Hosting;
using RelationsGraph.Web.Import;
using RelationsGraph.Web.Initialization;
using RelationsGraph.Web.Security;

namespace RelationsGraph.Web.Export;

/// <summary>
/// Downloads of the whole graph: actors.csv and ties.csv (read back by the import presets relationsgraph-actors
/// and relationsgraph-ties), graph.json (actors, ties, sources, evidence, tie history; imported as it is), graph.graphml
/// (Gephi, yEd) and graph.cypher (MERGE statements for another Neo4j). Streamed, page by page. Whoever may
/// explore the graph may take it away; each download is audited.
/// </summary>
[ApiController]
[Route("api/export")]
[MinimumRole(Roles.Viewer)]
public sealed class ExportController(GraphExporter exporter, IWebHostEnvironment environment, TimeProvider clock) : ControllerBase
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["actors.csv"] = "text/csv; charset=utf-8",
        ["ties.csv"] = "text/csv; charset=utf-8",
        ["graph.json"] = "application/json; charset=utf-8",
        ["graph.graphml"] = "application/graphml+xml; charset=utf-8",
        ["graph.cypher"] = "text/plain; charset=utf-8",
    };

    /// <summary>One export file; the name says the format.</summary>
    [HttpGet("{file}")]
    [Audited("export")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task Get(string file, CancellationToken cancellationToken)
    {
        if (!Files.TryGetValue(file, out var contentType))
        {
            throw ImportErrors.UnknownExportFormat(file, Files.Keys);
        }

        var now = clock.GetUtcNow();
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"relationsgraph-{now:yyyyMMdd-HHmmss}-{file}\"";
        var body = Response.Body;
        switch (file)
        {
            case "graph.json":
                await JsonExport.WriteAsync(exporter, body, now, cancellationToken);
                return;
            case "graph.graphml":
                await GraphMlExport.WriteAsync(exporter, body, cancellationToken);
                return;
        }

        await using var text = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        switch (file)
        {
            case "actors.csv":
                await CsvExport.ActorsAsync(exporter, text, cancellationToken);
                break;
            case "ties.csv":
                await CsvExport.TiesAsync(exporter, text, cancellationToken);
                break;
            default:
                await CypherExport.WriteAsync(exporter, SchemaStatements(), text, now, cancellationToken);
                break;
        }
    }

    private List<string> SchemaStatements() =>
        GraphInitializer.CypherFiles(Path.Combine(ContentLocator.CypherRoot(environment.ContentRootPath), "schema"))
            .SelectMany(f => CypherScript.Split(System.IO.File.ReadAllText(f)))
            .ToList();
}
