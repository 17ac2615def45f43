using System.Globalization;
using System.Text;

namespace RelationsGraph.Tck.Values;

/// <summary>
/// Parses the TCK's value notation used in result tables and parameters: integers, floats (a dot or an
/// exponent makes a float), NaN, quoted strings, booleans, null, lists, maps, nodes, relationships and paths.
/// Gherkin cell escapes must already have been applied.
/// </summary>
internal sealed class ValueNotationParser
{
    private readonly string _text;
    private int _pos;

    private ValueNotationParser(string text) => _text = text;

    public static TckValue Parse(string text)
    {
        var parser = new ValueNotationParser(text);
        var value = parser.ParseValue();
        parser.SkipWhitespace();
        if (parser._pos != text.Length)
        {
            throw parser.Error("unexpected trailing text");
        }

        return value;
    }

    private TckValue ParseValue()
    {
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            throw Error("value expected");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '\'':
                return new TckString(ParseString());
            case '[':
                return LooksLikeRelationship() ? ParseRelationship() : ParseList();
            case '{':
                return ParseMap();
            case '(':
                return ParseNode();
            case '<':
                return ParsePath();
        }

        if (c == '-' || c == '+' || c == '.' || char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }

        var word = ReadIdentifier();
        return word switch
        {
            "null" => TckNull.Instance,
            "true" => new TckBool(true),
            "false" => new TckBool(false),
            "NaN" => new TckFloat(double.NaN),
            "Inf" or "Infinity" => new TckFloat(double.PositiveInfinity),
            "" => throw Error($"unexpected character '{c}'"),
            _ => throw Error($"unknown literal '{word}'"),
        };
    }

    private TckValue ParseNumber()
    {
        var start = _pos;
        if (_text[_pos] is '-' or '+')
        {
            _pos++;
            var rest = PeekIdentifier();
            if (rest is "Inf" or "Infinity")
            {
                _pos += rest.Length;
                return new TckFloat(_text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
            }

            if (rest == "NaN")
            {
                _pos += rest.Length;
                return new TckFloat(double.NaN);
            }
        }

        var isFloat = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsAsciiDigit(c))
            {
                _pos++;
            }
            else if (c is '.' or 'e' or 'E')
            {
                isFloat = true;
                _pos++;
                if (c is 'e' or 'E' && _pos < _text.Length && _text[_pos] is '-' or '+')
                {
                    _pos++;
                }
            }
            else
            {
                break;
            }
        }

        var literal = _text[start.._pos];
        if (isFloat)
        {
            return double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? new TckFloat(d)
                : throw Error($"bad float '{literal}'");
        }

        return long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? new TckInteger(l)
            : throw Error($"bad integer '{literal}'");
    }

    private string ParseString()
    {
        var sb = new StringBuilder();
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '\'')
            {
                return sb.ToString();
            }

            if (c == '\\' && _pos < _text.Length && _text[_pos] is '\'' or '\\')
            {
                sb.Append(_text[_pos++]);
                continue;
            }

            sb.Append(c);
        }

        throw Error("unterminated string");
    }

    private TckList ParseList()
    {
        Expect('[');
        var items = new List<TckValue>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return new TckList(items);
        }

        do
        {
            items.Add(ParseValue());
            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect(']');
        return new TckList(items);
    }

    private TckMap ParseMap()
    {
        Expect('{');
        var entries = new Dictionary<string, TckValue>(StringComparer.Ordinal);
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return new TckMap(entries);
        }

        do
        {
            SkipWhitespace();
            var key = ReadKey();
            SkipWhitespace();
            Expect(':');
            if (!entries.TryAdd(key, ParseValue()))
            {
                throw Error($"duplicate map key '{key}'");
            }

            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect('}');
        return new TckMap(entries);
    }

    private TckNode ParseNode()
    {
        Expect('(');
        var labels = ParseLabels();
        SkipWhitespace();
        var properties = _pos < _text.Length && _text[_pos] == '{' ? ParseMap() : TckMap.Empty;
        SkipWhitespace();
        Expect(')');
        return new TckNode(labels, properties);
    }

    private TckRelationship ParseRelationship()
    {
        Expect('[');
        var types = ParseLabels();
        if (types.Count != 1)
        {
            throw Error("a relationship needs exactly one type");
        }

        SkipWhitespace();
        var properties = _pos < _text.Length && _text[_pos] == '{' ? ParseMap() : TckMap.Empty;
        SkipWhitespace();
        Expect(']');
        return new TckRelationship(types[0], properties);
    }

    private TckPath ParsePath()
    {
        Expect('<');
        SkipWhitespace();
        var start = ParseNode();
        var steps = new List<TckPathStep>();
        while (true)
        {
            SkipWhitespace();
            if (TryConsume('>'))
            {
                return new TckPath(start, steps);
            }

            var backward = TryConsume('<');
            Expect('-');
            SkipWhitespace();
            var rel = ParseRelationship();
            SkipWhitespace();
            Expect('-');
            var forward = TryConsume('>');
            if (forward == backward)
            {
                throw Error("a path relationship needs exactly one direction");
            }

            SkipWhitespace();
            steps.Add(new TckPathStep(rel, forward, ParseNode()));
        }
    }

    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        while (true)
        {
            SkipWhitespace();
            if (!TryConsume(':'))
            {
                return labels;
            }

            SkipWhitespace();
            var name = ReadKey();
            if (name.Length == 0)
            {
                throw Error("label or type name expected");
            }

            labels.Add(name);
        }
    }

    private bool LooksLikeRelationship()
    {
        var p = _pos + 1;
        while (p < _text.Length && char.IsWhiteSpace(_text[p]))
        {
            p++;
        }

        return p < _text.Length && _text[p] == ':';
    }

    private string ReadKey()
    {
        if (_pos < _text.Length && _text[_pos] == '`')
        {
            var end = _text.IndexOf('`', _pos + 1);
            if (end < 0)
            {
                throw Error("unterminated quoted name");
            }

            var name = _text[(_pos + 1)..end];
            _pos = end + 1;
            return name;
        }

        return ReadIdentifier();
    }

    private string ReadIdentifier()
    {
        var word = PeekIdentifier();
        _pos += word.Length;
        return word;
    }

    private string PeekIdentifier()
    {
        var p = _pos;
        while (p < _text.Length && (char.IsLetterOrDigit(_text[p]) || _text[p] == '_'))
        {
            p++;
        }

        return _text[_pos..p];
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        SkipWhitespace();
        if (!TryConsume(c))
        {
            throw Error($"'{c}' expected");
        }
    }

    private FormatException Error(string message) =>
        new($"value notation: {message} at offset {_pos} in \"{_text}\"");
}
