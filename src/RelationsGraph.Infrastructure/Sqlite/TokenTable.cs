namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// The names a store file refers to by number (format 2): property keys, labels and relationship types, in
/// the <c>tokens</c> table. A commit asks for ids while it encodes its rows; the names it added are written
/// in the same SQLite transaction, and forgotten again when that transaction fails, so the table in memory
/// never refers to a name the file does not have.
/// </summary>
internal sealed class TokenTable
{
    private readonly List<string?> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _pending = [];

    /// <summary>Names added since the last <see cref="Accept"/>, to be written with the commit that added them.</summary>
    public IEnumerable<(int Id, string Name)> Pending => _pending.Select(id => (id, _names[id]!));

    /// <summary>Registers a name read from the file.</summary>
    public void Load(int id, string name)
    {
        if (id < 0)
        {
            throw new InvalidDataException($"Negative token id {id} in the store file.");
        }

        while (_names.Count <= id)
        {
            _names.Add(null);
        }

        name = string.IsInterned(name) ?? string.Intern(name);
        _names[id] = name;
        _ids[name] = id;
    }

    public int Id(string name)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }

        id = _names.Count;
        _names.Add(name);
        _ids[name] = id;
        _pending.Add(id);
        return id;
    }

    /// <summary>The pending names are in the file now.</summary>
    public void Accept() => _pending.Clear();

    /// <summary>The commit that added the pending names failed: they are not in the file.</summary>
    public void Discard()
    {
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var id = _pending[i];
            _ids.Remove(_names[id]!);
            if (id == _names.Count - 1)
            {
                _names.RemoveAt(id);
            }
            else
            {
                _names[id] = null;
            }
        }

        _pending.Clear();
    }

    /// <summary>The names by id (a gap is null), for decoding.</summary>
    public string[] ToArray() => _names.Select(n => n!).ToArray();
}
