namespace RelationsGraph.Web.Queries;

/// <summary>
/// The saved-query library: <c>cypher/queries/*.cypher</c>, one query per file, its id the file name. Loaded once;
/// a file with a bad header stops the app at start-up, naming the file.
/// </summary>
public sealed class QueryLibrary
{
    private readonly Dictionary<string, SavedQuery> _byId;

    public QueryLibrary(IEnumerable<SavedQuery> queries)
    {
        Queries = queries.OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
        _byId = Queries.ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<SavedQuery> Queries { get; }

    public SavedQuery? Find(string id) => _byId.GetValueOrDefault(id);

    public static QueryLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new QueryLibrary([]);
        }

        return new QueryLibrary(Directory.GetFiles(folder, "*.cypher").Order(StringComparer.Ordinal).Select(FromFile));
    }

    public static SavedQuery FromFile(string path)
    {
        var file = Path.GetFileName(path);
        var text = File.ReadAllText(path);
        var header = QueryHeader.Parse(text, file);
        return new SavedQuery(
            Path.GetFileNameWithoutExtension(path),
            header.Name,
            header.Description,
            header.Tags,
            text.Trim(),
            header.Parameters,
            SavedQuery.LibraryOrigin);
    }
}
