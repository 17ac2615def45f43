using System.Text;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Shares equal short strings and temporal values while loading: a million relationships repeat a few dozen
/// keys, types and statuses and a few thousand dates, and one copy of each keeps the loaded graph small.
/// </summary>
/// <remarks>
/// Strings go through a direct-mapped cache (one slot per hash, the newest wins): no object per entry, so the
/// unique ids and names a load also reads cost nothing but a missed slot, while values that repeat stay put.
/// Temporals are parsed once per distinct text (parsing is what the cache saves) up to a bound.
/// </remarks>
internal sealed class StringPool
{
    private const int MaxPooledBytes = 32;
    private const int Slots = 1 << 14;
    private const int MaxTemporalChars = 96;
    private const int MaxTemporals = 1 << 17;
    private readonly string?[] _slots = new string?[Slots];
    private readonly Dictionary<string, object> _temporals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object>.AlternateLookup<ReadOnlySpan<char>> _temporalLookup;

    public StringPool() => _temporalLookup = _temporals.GetAlternateLookup<ReadOnlySpan<char>>();

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

        Span<char> chars = stackalloc char[MaxPooledBytes];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        ref var slot = ref _slots[hash & (Slots - 1)];
        if (slot is { } candidate && text.SequenceEqual(candidate))
        {
            return candidate;
        }

        var s = new string(text);
        slot = s;
        return s;
    }

    /// <summary>The temporal value of <paramref name="kind"/> written as <paramref name="utf8"/>, parsed once per distinct text.</summary>
    public object GetTemporal(byte kind, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= MaxTemporalChars)
        {
            return TemporalText.Parse(kind, Encoding.UTF8.GetString(utf8));
        }

        Span<char> chars = stackalloc char[MaxTemporalChars + 1];
        chars[0] = (char)('0' + kind);
        var key = chars[..(1 + Encoding.UTF8.GetChars(utf8, chars[1..]))];
        if (_temporalLookup.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = TemporalText.Parse(kind, new string(key[1..]));
        if (_temporals.Count < MaxTemporals)
        {
            _temporalLookup[key] = value;
        }

        return value;
    }
}
