using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution.Functions.Temporal;

namespace RelationsGraph.Cypher.Execution.Writes;

/// <summary>What may be stored as a property: a primitive, a temporal value, or a homogeneous list of those.</summary>
internal static class PropertyValues
{
    /// <summary>The value as stored (ints widened, lists copied), or a TypeError for maps, entities and mixed lists.</summary>
    public static object? ToStorable(object? value)
    {
        switch (value)
        {
            case null or bool or long or double or string:
                return value;
            case int i:
                return (long)i;
            case IReadOnlyDictionary<string, object?>:
                throw EngineErrors.InvalidPropertyType(value);
            case IReadOnlyList<object?> list:
                var copy = new List<object?>(list.Count);
                Type? kind = null;
                foreach (var item in list)
                {
                    var stored = ToStorable(item);
                    if (stored is null or IReadOnlyList<object?>)
                    {
                        throw EngineErrors.InvalidPropertyType(value);
                    }

                    var itemKind = stored.GetType();
                    if (kind is not null && kind != itemKind)
                    {
                        throw EngineErrors.MixedListProperty();
                    }

                    kind = itemKind;
                    copy.Add(stored);
                }

                return copy;
            default:
                return TemporalOperations.IsTemporal(value) ? value : throw EngineErrors.InvalidPropertyType(value);
        }
    }
}
