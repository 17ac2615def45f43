namespace RelationsGraph.Cypher.Tests.Binding;

/// <summary>
/// One case of a binder case file: a query, the procedures it may call, and the TCK detail of the
/// compile-time error it must raise (null when it must pass).
/// </summary>
public sealed record BindingCase(string File, int Line, string Query, string? ExpectedDetail, IReadOnlyList<string> Procedures)
{
    public override string ToString() => $"{File}:{Line} {(ExpectedDetail ?? "ok")}: {Query.ReplaceLineEndings(" ")}";

    /// <summary>
    /// Reads the case files. A case opens with <c>## ok</c> or <c>## error Detail</c>, may declare procedures
    /// with <c>## procedure signature</c>, and continues with the query text up to the next case.
    /// Lines starting with a single <c>#</c> are comments.
    /// </summary>
    public static IEnumerable<BindingCase> Load(string directory)
    {
        foreach (var path in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var lines = System.IO.File.ReadAllLines(path);
            string? header = null;
            var headerLine = 0;
            var procedures = new List<string>();
            var query = new List<string>();
            for (var i = 0; i <= lines.Length; i++)
            {
                var line = i < lines.Length ? lines[i] : null;
                if (line is null || line.StartsWith("## ok", StringComparison.Ordinal) || line.StartsWith("## error ", StringComparison.Ordinal))
                {
                    if (header is not null)
                    {
                        var detail = header == "ok" ? null : header["error ".Length..].Trim();
                        yield return new BindingCase(file, headerLine, string.Join('\n', query).Trim(), detail, procedures.ToList());
                    }

                    if (line is null)
                    {
                        break;
                    }

                    header = line[3..].Trim();
                    headerLine = i + 1;
                    procedures.Clear();
                    query.Clear();
                }
                else if (line.StartsWith("## procedure ", StringComparison.Ordinal))
                {
                    procedures.Add(line["## procedure ".Length..]);
                }
                else if (!line.StartsWith('#') && header is not null)
                {
                    query.Add(line);
                }
            }
        }
    }
}
