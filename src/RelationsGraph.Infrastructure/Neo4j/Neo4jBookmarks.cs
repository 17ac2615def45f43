namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>
/// The newest bookmarks this app has seen. Every request carries them, so a read sent to another cluster member
/// waits until that member has the app's own last write.
/// </summary>
internal sealed class Neo4jBookmarks
{
    private readonly Lock _lock = new();
    private IReadOnlyList<string> _current = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>A commit's bookmarks supersede the ones it was given; an answer without bookmarks changes nothing.</summary>
    public void Update(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            _current = bookmarks.ToArray();
        }
    }
}
