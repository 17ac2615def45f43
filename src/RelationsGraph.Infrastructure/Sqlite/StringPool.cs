using System.Text;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>
/// Shares equal short strings while loading: a million relationships repeat a few dozen keys, types and
/// statuses, and one copy of each keeps the loaded graph small.
/// </summary>
internal sealed class StringPool
{
    private const int MaxPooledBytes = 32;
    private readonly Dictionary<int, List<string>> _buckets = [];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var hash = HashCode.Combine(utf8.Length);
        foreach (var b in utf8)
        {
            hash = (hash * 31) + b;
        }

        if (!_buckets.TryGetValue(hash, out var bucket))
        {
            bucket = new List<string>(1);
            _buckets[hash] = bucket;
        }

        Span<char> chars = stackalloc char[MaxPooledBytes];
        var count = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..count];
        foreach (var candidate in bucket)
        {
            if (text.SequenceEqual(candidate))
            {
                return candidate;
            }
        }

        var s = new string(text);
        bucket.Add(s);
        return s;
    }
}
