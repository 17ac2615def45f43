using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>
/// <c>x IN $list</c> answered by hashing when the parameter is a long list of strings or of integers.
/// </summary>
/// <remarks>
/// A filter such as <c>WHERE t.id IN $ids</c> is evaluated once per candidate row against the same parameter list,
/// so a linear scan costs rows × list length (thousands of ids over hundreds of thousands of ties is billions of
/// comparisons). A set built the first time serves the rest of the run. It is kept per run, beside the run's own
/// parameter map (made afresh for every statement), and not per list: the engine uses a caller's list as it is, and a
/// caller may change that list before its next statement. Only values of the list's own type are looked up: anything
/// else (a float against integers, a list, a map) keeps the linear <see cref="CypherOperators.In"/>, which holds
/// Cypher's rules for mixed types. Within one type the answers are the same: ordinal string equality and integer
/// equality, true on a match, otherwise null if the list holds a null and false if it does not.
/// </remarks>
internal sealed class ParameterListLookup
{
    // Below this a scan is as quick as hashing and needs no set.
    internal const int MinimumLength = 16;

    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, object?>, ConcurrentDictionary<string, ParameterListLookup>> Runs = new();

    private readonly IReadOnlyList<object?> _source;

    private readonly HashSet<string>? _strings;
    private readonly HashSet<long>? _integers;
    private readonly bool _holdsNull;

    private ParameterListLookup(IReadOnlyList<object?> items)
    {
        _source = items;
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

    /// <summary><c>value IN $name</c>, where <paramref name="list"/> is the value of parameter <paramref name="name"/> in <paramref name="parameters"/>.</summary>
    public static object? In(object? value, object? list, string name, IReadOnlyDictionary<string, object?> parameters)
    {
        if (value is null || list is not IReadOnlyList<object?> items || items.Count < MinimumLength)
        {
            return CypherOperators.In(value, list);
        }

        var run = Runs.GetValue(parameters, static _ => new ConcurrentDictionary<string, ParameterListLookup>(StringComparer.Ordinal));
        var lookup = run.GetOrAdd(name, static (_, l) => new ParameterListLookup(l), items);
        return ReferenceEquals(lookup._source, items) && lookup.TryAnswer(value, out var answer) ? answer : CypherOperators.In(value, list);
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
