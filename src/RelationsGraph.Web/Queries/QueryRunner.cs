using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;
using RelationsGraph.Web.Registry;

namespace RelationsGraph.Web.Queries;

/// <summary>
/// Runs console and saved queries under the console's limits (read-only unless asked and allowed, timeout, row and
/// element caps) and checks query text without running it (<c>EXPLAIN</c>, which both stores compile only).
/// </summary>
public sealed partial class QueryRunner(IGraphBackend backend, NetworkRegistry registry, IOptions<QueryConsoleOptions> options, TimeProvider time)
{
    internal const string EndsQuery = "MATCH (n) WHERE elementId(n) IN $ids RETURN n";
    private const string ExplainPrefix = "EXPLAIN\n";

    private QueryConsoleOptions Options => options.Value;

    public async Task<QueryRunResult> RunAsync(string? query, IReadOnlyDictionary<string, object?> parameters, bool write, CancellationToken ct)
    {
        var text = CheckText(query);
        if (write && !Options.AllowWrites)
        {
            throw QueryErrors.WritesNotAllowed();
        }

        var started = time.GetTimestamp();
        var result = await backend.RunAsync(
            new QueryRequest(text, parameters, write ? AccessMode.Write : AccessMode.Read, Options.Timeout, Options.MaxRows),
            ct).ConfigureAwait(false);
        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;

        var messages = new List<string>();
        var truncated = result.Truncated || result.Rows.Count > Options.MaxRows;
        var rows = result.Rows.Take(Options.MaxRows).ToList();
        if (truncated)
        {
            messages.Add(string.Format(CultureInfo.InvariantCulture, QueryErrors.RowsCut, Options.MaxRows));
        }

        var builder = new ResultGraphBuilder(registry);
        builder.AddRows(rows);
        var missing = builder.MissingEnds();
        if (missing.Count > 0)
        {
            builder.AddEnds(await LoadNodesAsync(missing, ct).ConfigureAwait(false));
        }

        var (graph, withoutEnds) = builder.Build(Options.MaxGraphElements);
        if (graph.Truncated)
        {
            messages.Add(string.Format(CultureInfo.InvariantCulture, QueryErrors.GraphCut, Options.MaxGraphElements));
        }

        if (withoutEnds > 0)
        {
            messages.Add(string.Format(CultureInfo.InvariantCulture, QueryErrors.EdgesWithoutEnds, withoutEnds));
        }

        return new QueryRunResult(
            result.Columns,
            rows.Select(ResultJson.Row).ToList(),
            graph,
            result.Counters,
            elapsed,
            truncated,
            messages);
    }

    /// <summary>
    /// Compiles the query without running it; a syntax or semantic error comes back with its line and column in the
    /// text as given, in the position fields and in the message alike. Read mode is safe here: nothing runs, and
    /// EXPLAIN is not refused for writing.
    /// </summary>
    public async Task CheckSyntaxAsync(string? query, CancellationToken ct)
    {
        var text = CheckText(query);
        try
        {
            await backend.RunAsync(new QueryRequest(ExplainPrefix + text, Mode: AccessMode.Read, Timeout: Options.Timeout), ct).ConfigureAwait(false);
        }
        catch (CypherException error) when (error.Line is not null || error.Offset is not null || PositionInMessage().IsMatch(error.Message))
        {
            var (line, column, offset) = InGivenText(error.Line, error.Column, error.Offset);
            var message = PositionInMessage().Replace(error.Message, match =>
            {
                var (l, c, o) = InGivenText(Number(match.Groups[1]), Number(match.Groups[2]), Number(match.Groups[3]));
                return string.Create(CultureInfo.InvariantCulture, $"(line {l}, column {c} (offset: {o}))");
            });
            throw new CypherException(error.Code, message, line, column, offset, error.Detail, error);
        }
    }

    /// <summary>
    /// A position in the text sent (the prefix takes its first line) as a position in the text as given: one line
    /// up, the same column, the offset less the prefix. A position on the prefix itself is the start of the text.
    /// </summary>
    private static (int? Line, int? Column, int? Offset) InGivenText(int? line, int? column, int? offset)
    {
        var onPrefix = line is <= 1 || offset < ExplainPrefix.Length;
        return (
            onPrefix ? 1 : line - 1,
            onPrefix ? 1 : column,
            offset is { } o ? Math.Max(0, o - ExplainPrefix.Length) : null);
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The position both stores append to an error message: "(line 2, column 8 (offset: 23))".</summary>
    [GeneratedRegex(@"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")]
    private static partial Regex PositionInMessage();

    private string CheckText(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw QueryErrors.Required("query");
        }

        if (query.Length > Options.MaxQueryLength)
        {
            throw QueryErrors.TooLong("query", Options.MaxQueryLength);
        }

        return query;
    }

    private async Task<IReadOnlyList<Node>> LoadNodesAsync(IReadOnlyList<string> elementIds, CancellationToken ct)
    {
        var request = new QueryRequest(
            EndsQuery,
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["ids"] = elementIds.Cast<object?>().ToList() },
            AccessMode.Read,
            Options.Timeout,
            elementIds.Count);
        var result = await backend.RunAsync(request, ct).ConfigureAwait(false);
        return result.Rows.Select(r => r[0]).OfType<Node>().ToList();
    }
}
