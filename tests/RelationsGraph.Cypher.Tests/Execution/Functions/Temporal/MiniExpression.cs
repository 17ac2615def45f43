using System.Globalization;
using RelationsGraph.Cypher.Execution.Functions.Temporal;

namespace RelationsGraph.Cypher.Tests.Execution.Functions.Temporal;

/// <summary>
/// Evaluates the tiny expression language these tests are written in: integers, floats, 'strings',
/// {maps}, named arguments bound by the caller and temporal function calls such as
/// <c>date({year: 1984, week: 10})</c>. Keeps the test tables readable without the full engine.
/// </summary>
internal sealed class MiniExpression
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private int _pos;

    private MiniExpression(string text, IReadOnlyDictionary<string, object?> variables)
    {
        _text = text;
        _variables = variables;
    }

    public static object? Evaluate(string text, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var parser = new MiniExpression(text, variables ?? new Dictionary<string, object?>());
        var value = parser.Value();
        parser.SkipSpace();
        parser._pos.ShouldBe(text.Length, $"unparsed rest of '{text}'");
        return value;
    }

    private object? Value()
    {
        SkipSpace();
        var c = _text[_pos];
        if (c == '{')
        {
            return MapLiteral();
        }

        if (c == '\'')
        {
            var end = _text.IndexOf('\'', _pos + 1);
            var s = _text[(_pos + 1)..end];
            _pos = end + 1;
            return s;
        }

        if (char.IsDigit(c) || c == '-')
        {
            var start = _pos++;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.'))
            {
                _pos++;
            }

            var number = _text[start.._pos];
            return number.Contains('.', StringComparison.Ordinal)
                ? (object)double.Parse(number, CultureInfo.InvariantCulture)
                : long.Parse(number, CultureInfo.InvariantCulture);
        }

        var name = Name();
        if (name == "null")
        {
            return null;
        }

        SkipSpace();
        if (_pos >= _text.Length || _text[_pos] != '(')
        {
            return _variables[name];
        }

        _pos++;
        var args = new List<object?>();
        SkipSpace();
        while (_text[_pos] != ')')
        {
            args.Add(Value());
            SkipSpace();
            if (_text[_pos] == ',')
            {
                _pos++;
            }
        }

        _pos++;
        TemporalFunctions.TryInvoke(name.ToLowerInvariant(), args, FixedClockContext.Default, out var result).ShouldBeTrue(name);
        return result;
    }

    private Dictionary<string, object?> MapLiteral()
    {
        _pos++;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipSpace();
        while (_text[_pos] != '}')
        {
            var key = Name();
            SkipSpace();
            _text[_pos++].ShouldBe(':');
            map[key] = Value();
            SkipSpace();
            if (_text[_pos] == ',')
            {
                _pos++;
                SkipSpace();
            }
        }

        _pos++;
        return map;
    }

    private string Name()
    {
        SkipSpace();
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '.' or '_'))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}
