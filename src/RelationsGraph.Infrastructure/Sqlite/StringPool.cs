using System.Runtime.InteropServices;
using System.Text;
using RelationsGraph.Core.Values;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Shares equal short strings and temporal values while loading: a million relationships repeat a few
/// statuses and types and a few thousand dates, and one copy of each keeps the loaded graph small.
/// </summary>
/// <remarks>
/// Strings go through a direct-mapped cache keyed by their UTF-8 bytes (one slot per hash, the newest wins):
/// a hit is a byte comparison, with no decoding and no object per entry, so the unique ids and names a load
/// also reads cost only a missed slot. Temporals are parsed once per distinct text (parsing is what the
/// cache saves), up to a bound.
/// </remarks>
internal sealed class StringPool
{
    private const int MaxPooledBytes = 32;
    private const int Slots = 1 << 14;
    private const int MaxPackedTemporalBytes = 14;
    private const int MaxTemporals = 1 << 17;
    private readonly Entry[] _slots = new Entry[Slots];
    private readonly Dictionary<Int128, object> _shortTemporals = [];
    private readonly Dictionary<string, object> _longTemporals = new(StringComparer.Ordinal);
    private readonly Dictionary<long, object> _dates = [];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        uint hash = 2166136261;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        ref var slot = ref _slots[hash & (Slots - 1)];
        if (slot.Text is { } candidate && utf8.SequenceEqual(slot.Utf8))
        {
            return candidate;
        }

        var s = Encoding.UTF8.GetString(utf8);
        slot = new Entry(utf8.ToArray(), s);
        return s;
    }

    /// <summary>The temporal value of <paramref name="kind"/> written as <paramref name="utf8"/>, parsed once per distinct text.</summary>
    public object GetTemporal(byte kind, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= MaxPackedTemporalBytes)
        {
            // Dates and most times fit in 14 bytes: the key is the kind, the length and the bytes, packed.
            Span<byte> packed = stackalloc byte[16];
            packed.Clear();
            packed[0] = kind;
            packed[1] = (byte)utf8.Length;
            utf8.CopyTo(packed[2..]);
            var key = MemoryMarshal.Read<Int128>(packed);
            if (_shortTemporals.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var value = TemporalText.Parse(kind, Encoding.UTF8.GetString(utf8));
            if (_shortTemporals.Count < MaxTemporals)
            {
                _shortTemporals[key] = value;
            }

            return value;
        }

        var text = (char)('0' + kind) + Encoding.UTF8.GetString(utf8);
        if (!_longTemporals.TryGetValue(text, out var parsed))
        {
            parsed = TemporalText.Parse(kind, text[1..]);
            if (_longTemporals.Count < MaxTemporals)
            {
                _longTemporals[text] = parsed;
            }
        }

        return parsed;
    }

    /// <summary>The DATE of day number <paramref name="epochDay"/>, one instance per distinct day (up to a bound).</summary>
    public object GetDate(long epochDay)
    {
        if (_dates.TryGetValue(epochDay, out var date))
        {
            return date;
        }

        date = CypherDate.FromEpochDay(epochDay);
        if (_dates.Count < MaxTemporals)
        {
            _dates[epochDay] = date;
        }

        return date;
    }

    private readonly record struct Entry(byte[] Utf8, string? Text);
}
