using System.Runtime.CompilerServices;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>
/// <c>x IN $list</c> answered by hashing when the parameter is a long list of strings or of integers.
/// </summary>
/// <remarks>
/// A filter such as <c>WHERE t.id IN $ids</c> is evaluated once per candidate row against the same parameter list,
/// so a linear scan costs rows × list length (thousands of ids over hundreds of thousands of ties is billions of
/// comparisons). A parameter's value is built once per run and never changed, so a set built from it the first time
/// serves every row; it is keyed on the list object and dropped with it. Only values of the list's own type are
/// looked up: anything else (a float against integers, a list, a map) keeps the linear <see cref="CypherOperators.In"/>,
/// which holds Cypher's rules for mixed types. Within one type the answers are the same: ordinal string equality and
/// integer equality, true on a match, otherwise null if the list holds a null and false if it does not.
/// </remarks>
internal sealed class ParameterListLookup
{
    // Below this a scan is as quick as hashing and needs no set.
    internal const int MinimumLength = 16;

    private static readonly ConditionalWeakTable<IReadOnlyList<object?>, ParameterListLookup> Lookups = new();

    private readonly HashSet<string>? _strings;
    private readonly HashSet<long>? _integers;
    private readonly bool _holdsNull;

    private ParameterListLookup(IReadOnlyList<object?> items)
    {
        var strings = 0;
        var integers = 0;
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case null:
                    _holdsNull = true;
                    break;
                case string:
                    strings++;
                    break;
                case long:
                    integers++;
                    break;
                default:
                    return;
            }
        }

        if (integers == 0)
        {
            _strings = new HashSet<string>(strings, StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item is string s)
                {
                    _strings.Add(s);
                }
            }
        }
        else if (strings == 0)
        {
            _integers = new HashSet<long>(integers);
            foreach (var item in items)
            {
                if (item is long l)
                {
                    _integers.Add(l);
                }
            }
        }
    }

    /// <summary><c>value IN list</c> for a list that came from a parameter.</summary>
    public static object? In(object? value, object? list)
    {
        if (value is null || list is not IReadOnlyList<object?> items || items.Count < MinimumLength)
        {
            return CypherOperators.In(value, list);
        }

        var lookup = Lookups.GetValue(items, static l => new ParameterListLookup(l));
        return lookup.TryAnswer(value, out var answer) ? answer : CypherOperators.In(value, list);
    }

    private bool TryAnswer(object value, out object? answer)
    {
        bool found;
        if (_strings is not null && value is string s)
        {
            found = _strings.Contains(s);
        }
        else if (_integers is not null && value is long l)
        {
            found = _integers.Contains(l);
        }
        else
        {
            answer = null;
            return false;
        }

        answer = found ? Boxes.True : _holdsNull ? null : Boxes.False;
        return true;
    }
}
