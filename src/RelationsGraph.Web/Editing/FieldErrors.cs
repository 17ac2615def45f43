namespace RelationsGraph.Web.Editing;

/// <summary>Collects every problem with an edit, by field, so one answer names them all.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Throws the 400 naming every invalid field, if there is one.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw EditFailures.Invalid(this);
        }
    }
}
