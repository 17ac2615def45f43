namespace RelationsGraph.Web.Export;

/// <summary>actors.csv and ties.csv: one row per actor or tie, in the shape the native import presets read back.</summary>
internal static class CsvExport
{
    public static async Task ActorsAsync(GraphExporter exporter, TextWriter output, CancellationToken ct)
    {
        var extra = await exporter.ActorPropertiesAsync(ct).ConfigureAwait(false);
        var csv = new CsvWriter(output);
        await csv.WriteRowAsync(GraphExporter.ActorFields.Concat(extra)).ConfigureAwait(false);
        await foreach (var actor in exporter.ActorsAsync(ct).ConfigureAwait(false))
        {
            var p = actor.Properties;
            await csv.WriteRowAsync(
                new[] { actor.Id }
                    .Concat(GraphExporter.ActorFields.Skip(1).Select(f => ExportValues.Cell(p.GetValueOrDefault(f))))
                    .Concat(extra.Select(f => ExportValues.Cell(p.GetValueOrDefault(f))))).ConfigureAwait(false);
        }
    }

    public static async Task TiesAsync(GraphExporter exporter, TextWriter output, CancellationToken ct)
    {
        var extra = await exporter.TiePropertiesAsync(ct).ConfigureAwait(false);
        var csv = new CsvWriter(output);
        await csv.WriteRowAsync(GraphExporter.TieFields.Concat(extra)).ConfigureAwait(false);
        await foreach (var tie in exporter.TiesAsync(ct).ConfigureAwait(false))
        {
            var p = tie.Properties;
            await csv.WriteRowAsync(
                new[] { tie.Id, tie.Type, tie.Source, tie.Target }
                    .Concat(GraphExporter.TieFields.Skip(4).Select(f => ExportValues.Cell(p.GetValueOrDefault(f))))
                    .Concat(extra.Select(f => ExportValues.Cell(p.GetValueOrDefault(f))))).ConfigureAwait(false);
        }
    }
}
