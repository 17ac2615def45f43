namespace RelationsGraph.Tck.Values;

/// <summary>Turns TCK notation values into engine/Core values, for parameters and procedure outputs.</summary>
internal static class EngineValueConverter
{
    public static object? ToEngineValue(TckValue value) => value switch
    {
        TckNull => null,
        TckBool b => b.Value,
        TckInteger i => i.Value,
        TckFloat f => f.Value,
        TckString s => s.Value,
        TckList l => l.Items.Select(ToEngineValue).ToList(),
        TckMap m => m.Entries.ToDictionary(e => e.Key, e => ToEngineValue(e.Value), StringComparer.Ordinal),
        _ => throw new NotSupportedException($"a {value.GetType().Name} cannot be passed into the engine: {value}"),
    };
}
