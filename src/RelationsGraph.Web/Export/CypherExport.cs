namespace RelationsGraph.Web.Export;

/// <summary>
/// Cypher that recreates the data in another Neo4j (5.x; run with <c>cypher-shell -f graph.cypher</c>):
/// the schema (constraints and indexes, IF NOT EXISTS), then sources, actors, ties per type, evidence and
/// its links, and the ties' histories, as MERGE by id in batches of literal rows, so running it twice changes nothing.
/// </summary>
internal static class CypherExport
{
    public const int Batch = 500;

    public static async Task WriteAsync(GraphExporter exporter, IReadOnlyList<string> schemaStatements, TextWriter output, DateTimeOffset now, CancellationToken ct)
    {
        await output.WriteLineAsync($"// RelationsGraph export, {now:yyyy-MM-dd HH:mm:ss}Z: actors, ties, sources, evidence and tie history for Neo4j 5.").ConfigureAwait(false);
        await output.WriteLineAsync("// Run: cypher-shell -f graph.cypher   (every statement MERGEs by id; running it again changes nothing)").ConfigureAwait(false);
        foreach (var statement in schemaStatements)
        {
            await output.WriteAsync(statement.Trim()).ConfigureAwait(false);
            await output.WriteLineAsync(";").ConfigureAwait(false);
        }

        await BatchesAsync(output, exporter.SourcesAsync(ct), s => $"{{id: {ExportValues.Cypher(s.Id)}, props: {Props(s.Properties)}}}",
            "MERGE (n:Source {id: row.id}) SET n += row.props", ct).ConfigureAwait(false);
        await BatchesAsync(output, exporter.ActorsAsync(ct), a => $"{{id: {ExportValues.Cypher(a.Id)}, props: {Props(a.Properties)}}}",
            "MERGE (n:Actor {id: row.id}) SET n += row.props", ct).ConfigureAwait(false);

        // Ties come in id order across types; one statement shape per type, so batch by type as they come.
        var pending = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var tie in exporter.TiesAsync(ct).ConfigureAwait(false))
        {
            if (!pending.TryGetValue(tie.Type, out var rows))
            {
                pending[tie.Type] = rows = [];
            }

            rows.Add($"{{id: {ExportValues.Cypher(tie.Id)}, source: {ExportValues.Cypher(tie.Source)}, target: {ExportValues.Cypher(tie.Target)}, props: {Props(tie.Properties)}}}");
            if (rows.Count == Batch)
            {
                await WriteTiesAsync(output, tie.Type, rows).ConfigureAwait(false);
                rows.Clear();
            }
        }

        foreach (var (type, rows) in pending.Where(p => p.Value.Count > 0))
        {
            await WriteTiesAsync(output, type, rows).ConfigureAwait(false);
        }

        await BatchesAsync(output, exporter.EvidenceAsync(ct),
            e => $"{{id: {ExportValues.Cypher(e.Id)}, source: {ExportValues.Cypher(e.Source)}, by: {ExportValues.Cypher(e.By)}, props: {Props(e.Properties)}}}",
            """
            MERGE (e:Evidence {id: row.id}) SET e += row.props
            WITH e, row
            OPTIONAL MATCH (src:Source {id: row.source})
            OPTIONAL MATCH (by:Actor {id: row.by})
            FOREACH (s IN CASE WHEN src IS NULL THEN [] ELSE [src] END | MERGE (e)-[:CITES]->(s))
            FOREACH (b IN CASE WHEN by IS NULL THEN [] ELSE [by] END | MERGE (e)-[:BY]->(b))
            """,
            ct).ConfigureAwait(false);

        // History entries have no id: one is the same entry as another when tie, time and field match.
        await BatchesAsync(output, exporter.HistoryAsync(ct), h => $"{{props: {ExportValues.Map(h.Properties)}}}",
            "MERGE (h:TieChange {tieId: row.props.tieId, at: row.props.at, field: row.props.field}) SET h += row.props",
            ct).ConfigureAwait(false);
    }

    private static string Props(IReadOnlyDictionary<string, object?> properties) =>
        ExportValues.Map(properties.Where(p => p.Key != "id"));

    private static Task WriteTiesAsync(TextWriter output, string type, List<string> rows) =>
        WriteStatementAsync(output, rows,
            $"MATCH (s:Actor {{id: row.source}}) MATCH (t:Actor {{id: row.target}}) MERGE (s)-[r:{ExportValues.Name(type)} {{id: row.id}}]->(t) SET r += row.props");

    private static async Task BatchesAsync<T>(TextWriter output, IAsyncEnumerable<T> items, Func<T, string> row, string body, CancellationToken ct)
    {
        var rows = new List<string>(Batch);
        await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
        {
            rows.Add(row(item));
            if (rows.Count == Batch)
            {
                await WriteStatementAsync(output, rows, body).ConfigureAwait(false);
                rows.Clear();
            }
        }

        if (rows.Count > 0)
        {
            await WriteStatementAsync(output, rows, body).ConfigureAwait(false);
        }
    }

    private static async Task WriteStatementAsync(TextWriter output, List<string> rows, string body)
    {
        await output.WriteLineAsync("UNWIND [").ConfigureAwait(false);
        await output.WriteLineAsync("  " + string.Join(",\n  ", rows)).ConfigureAwait(false);
        await output.WriteLineAsync("] AS row").ConfigureAwait(false);
        await output.WriteAsync(body).ConfigureAwait(false);
        await output.WriteLineAsync(";").ConfigureAwait(false);
    }
}
