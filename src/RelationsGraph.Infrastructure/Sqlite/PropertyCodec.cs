using System.Buffers.Binary;
using System.Text;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// A compact binary encoding of property values for the SQLite file. JSON would lose the difference between
/// 1 and 1.0 and cost several times the bytes and the load time at a million relationships.
/// </summary>
/// <remarks>
/// Format 1 wrote every property key as text in every row. Format 2 writes keys, labels and relationship
/// types as token numbers (the <c>tokens</c> table), and packs a relationship's ends and type into the same
/// blob as its properties: a row is then one blob to fetch and a few integers to read before the values.
/// Values are encoded the same way in both, except that format 2 writes a DATE as its day number (tag 9)
/// where format 1 wrote its text.
/// </remarks>
internal static class PropertyCodec
{
    private const byte Null = 0;
    private const byte False = 1;
    private const byte True = 2;
    private const byte Integer = 3;
    private const byte Float = 4;
    private const byte String = 5;
    private const byte List = 6;
    private const byte Map = 7;
    private const byte Temporal = 8;

    /// <summary>Format 2 only: a DATE as its day number, where other temporals keep their text.</summary>
    private const byte Date = 9;

    /// <summary>Format 2 node row: labels then properties, names as tokens.</summary>
    public static byte[] EncodeNode(IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties, TokenTable tokens) =>
        EncodeNodeInPlace(labels, properties, tokens).ToArray();

    /// <summary>As <see cref="EncodeNode"/>, into this thread's buffer: valid until the next encoding.</summary>
    public static ReadOnlySpan<byte> EncodeNodeInPlace(IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties, TokenTable tokens)
    {
        var writer = Writer.Rent(compactDates: true);
        writer.WriteVarUInt((ulong)labels.Count);
        foreach (var label in labels)
        {
            writer.WriteVarUInt((ulong)tokens.Id(label));
        }

        WriteTokenProperties(writer, properties, tokens);
        return writer.Written;
    }

    /// <summary>Format 2 relationship row: start, end, type and properties in one blob.</summary>
    public static byte[] EncodeRelationship(long start, long end, string type, IReadOnlyList<KeyValuePair<string, object?>> properties, TokenTable tokens) =>
        EncodeRelationshipInPlace(start, end, type, properties, tokens).ToArray();

    /// <summary>As <see cref="EncodeRelationship"/>, into this thread's buffer: valid until the next encoding.</summary>
    public static ReadOnlySpan<byte> EncodeRelationshipInPlace(long start, long end, string type, IReadOnlyList<KeyValuePair<string, object?>> properties, TokenTable tokens)
    {
        var writer = Writer.Rent(compactDates: true);
        writer.WriteVarUInt(ZigZag(start));
        writer.WriteVarUInt(ZigZag(end));
        writer.WriteVarUInt((ulong)tokens.Id(type));
        WriteTokenProperties(writer, properties, tokens);
        return writer.Written;
    }

    /// <summary>Decodes a format 2 node row, appending to <paramref name="labels"/> and <paramref name="properties"/>.</summary>
    public static void DecodeNode(ReadOnlySpan<byte> data, string[] tokens, StringPool pool, List<string> labels, List<KeyValuePair<string, object?>> properties)
    {
        var reader = new Reader(data, pool, tokens);
        var count = (int)reader.ReadVarUInt();
        for (var i = 0; i < count; i++)
        {
            labels.Add(reader.ReadToken());
        }

        reader.ReadTokenProperties(properties);
    }

    /// <summary>Decodes a format 2 relationship row, appending its properties to <paramref name="properties"/>.</summary>
    public static void DecodeRelationship(ReadOnlySpan<byte> data, string[] tokens, StringPool pool, out long start, out long end, out string type, List<KeyValuePair<string, object?>> properties)
    {
        var reader = new Reader(data, pool, tokens);
        start = UnZigZag(reader.ReadVarUInt());
        end = UnZigZag(reader.ReadVarUInt());
        type = reader.ReadToken();
        reader.ReadTokenProperties(properties);
    }

    /// <summary>Format 1 properties: keys as text.</summary>
    public static byte[] EncodeProperties(IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        var writer = Writer.Rent(compactDates: false);
        writer.WriteVarUInt((ulong)properties.Count);
        foreach (var (key, value) in properties)
        {
            writer.WriteString(key);
            writer.WriteValue(value);
        }

        return writer.ToArray();
    }

    public static List<KeyValuePair<string, object?>> DecodeProperties(ReadOnlySpan<byte> data, StringPool pool)
    {
        var result = new List<KeyValuePair<string, object?>>();
        DecodeProperties(data, pool, result);
        return result;
    }

    /// <summary>Decodes format 1 properties into <paramref name="into"/> (cleared first), so a reader can reuse one list.</summary>
    public static void DecodeProperties(ReadOnlySpan<byte> data, StringPool pool, List<KeyValuePair<string, object?>> into)
    {
        into.Clear();
        var reader = new Reader(data, pool, null);
        var count = (int)reader.ReadVarUInt();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            into.Add(new(key, reader.ReadValue()));
        }
    }

    public static byte[] EncodeStrings(IReadOnlyList<string> values)
    {
        var writer = Writer.Rent(compactDates: false);
        writer.WriteVarUInt((ulong)values.Count);
        foreach (var v in values)
        {
            writer.WriteString(v);
        }

        return writer.ToArray();
    }

    public static List<string> DecodeStrings(ReadOnlySpan<byte> data, StringPool pool)
    {
        var result = new List<string>();
        DecodeStrings(data, pool, result);
        return result;
    }

    /// <summary>Decodes into <paramref name="into"/> (cleared first).</summary>
    public static void DecodeStrings(ReadOnlySpan<byte> data, StringPool pool, List<string> into)
    {
        into.Clear();
        var reader = new Reader(data, pool, null);
        var count = (int)reader.ReadVarUInt();
        for (var i = 0; i < count; i++)
        {
            into.Add(reader.ReadString());
        }
    }

    private static void WriteTokenProperties(Writer writer, IReadOnlyList<KeyValuePair<string, object?>> properties, TokenTable tokens)
    {
        writer.WriteVarUInt((ulong)properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            writer.WriteVarUInt((ulong)tokens.Id(properties[i].Key));
            writer.WriteValue(properties[i].Value);
        }
    }

    private static ulong ZigZag(long v) => (ulong)((v << 1) ^ (v >> 63));

    private static long UnZigZag(ulong z) => (long)(z >> 1) ^ -(long)(z & 1);

    private sealed class Writer
    {
        // One writer per thread, reused row after row: a commit of 20,000 rows needs 20,000 exact arrays, not 40,000.
        [ThreadStatic]
        private static Writer? t_cached;

        private byte[] _buffer = new byte[256];
        private int _length;

        private bool _compactDates;

        public static Writer Rent(bool compactDates)
        {
            var writer = t_cached ??= new Writer();
            writer._length = 0;
            writer._compactDates = compactDates;
            return writer;
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void WriteValue(object? value)
        {
            switch (value)
            {
                case null:
                    WriteByte(Null);
                    break;
                case bool b:
                    WriteByte(b ? True : False);
                    break;
                case long l:
                    WriteByte(Integer);
                    WriteVarUInt(ZigZag(l));
                    break;
                case int i:
                    WriteByte(Integer);
                    WriteVarUInt(ZigZag(i));
                    break;
                case double d:
                    WriteByte(Float);
                    Ensure(8);
                    BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), d);
                    _length += 8;
                    break;
                case string s:
                    WriteByte(String);
                    WriteString(s);
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    WriteByte(Map);
                    WriteVarUInt((ulong)map.Count);
                    foreach (var (k, v) in map)
                    {
                        WriteString(k);
                        WriteValue(v);
                    }

                    break;
                case System.Collections.IEnumerable list when value is not string:
                    var items = list.Cast<object?>().ToList();
                    WriteByte(List);
                    WriteVarUInt((ulong)items.Count);
                    foreach (var item in items)
                    {
                        WriteValue(item);
                    }

                    break;
                case CypherDate date when _compactDates:
                    WriteByte(Date);
                    WriteVarUInt(ZigZag(date.EpochDay));
                    break;
                default:
                    if (TemporalText.TryFormat(value, out var kind, out var text))
                    {
                        WriteByte(Temporal);
                        WriteByte(kind);
                        WriteString(text);
                        break;
                    }

                    throw new NotSupportedException($"A property value of type {value.GetType().Name} cannot be stored.");
            }
        }

        public void WriteString(string s)
        {
            var max = Encoding.UTF8.GetMaxByteCount(s.Length);
            var count = s.Length < 128 ? Encoding.UTF8.GetByteCount(s) : -1;
            if (count < 0)
            {
                count = Encoding.UTF8.GetByteCount(s);
            }

            WriteVarUInt((ulong)count);
            Ensure(Math.Min(max, count));
            _length += Encoding.UTF8.GetBytes(s, _buffer.AsSpan(_length));
        }

        public void WriteVarUInt(ulong value)
        {
            Ensure(10);
            while (value >= 0x80)
            {
                _buffer[_length++] = (byte)(value | 0x80);
                value >>= 7;
            }

            _buffer[_length++] = (byte)value;
        }

        public void WriteByte(byte b)
        {
            Ensure(1);
            _buffer[_length++] = b;
        }

        private void Ensure(int extra)
        {
            if (_length + extra > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
            }
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> data, StringPool pool, string[]? tokens)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public string ReadToken()
        {
            var id = ReadVarUInt();
            return id < (ulong)tokens!.Length && tokens[id] is { } name
                ? name
                : throw new InvalidDataException($"Unknown token {id} in the store file.");
        }

        public void ReadTokenProperties(List<KeyValuePair<string, object?>> into)
        {
            var count = (int)ReadVarUInt();
            for (var i = 0; i < count; i++)
            {
                var key = ReadToken();
                into.Add(new(key, ReadValue()));
            }
        }

        public object? ReadValue()
        {
            var tag = _data[_position++];
            switch (tag)
            {
                case Null:
                    return null;
                case False:
                    return false;
                case True:
                    return true;
                case Integer:
                    return BoxedIntegers.Get(UnZigZag(ReadVarUInt()));
                case Float:
                    var d = BinaryPrimitives.ReadDoubleLittleEndian(_data[_position..]);
                    _position += 8;
                    return d;
                case String:
                    return ReadString();
                case List:
                    var n = (int)ReadVarUInt();
                    var list = new List<object?>(n);
                    for (var i = 0; i < n; i++)
                    {
                        list.Add(ReadValue());
                    }

                    return list;
                case Map:
                    var m = (int)ReadVarUInt();
                    var map = new Dictionary<string, object?>(m, StringComparer.Ordinal);
                    for (var i = 0; i < m; i++)
                    {
                        var key = ReadString();
                        map[key] = ReadValue();
                    }

                    return map;
                case Date:
                    return pool.GetDate(UnZigZag(ReadVarUInt()));
                case Temporal:
                    var kind = _data[_position++];
                    var length = (int)ReadVarUInt();
                    var temporal = pool.GetTemporal(kind, _data.Slice(_position, length));
                    _position += length;
                    return temporal;
                default:
                    throw new InvalidDataException($"Unknown property tag {tag} in the store file.");
            }
        }

        public string ReadString()
        {
            var length = (int)ReadVarUInt();
            var s = pool.Get(_data.Slice(_position, length));
            _position += length;
            return s;
        }

        public ulong ReadVarUInt()
        {
            ulong result = 0;
            var shift = 0;
            while (true)
            {
                var b = _data[_position++];
                result |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return result;
                }

                shift += 7;
            }
        }
    }
}
