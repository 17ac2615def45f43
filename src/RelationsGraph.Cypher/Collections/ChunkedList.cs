using System.Collections;
using System.Runtime.CompilerServices;

namespace RelationsGraph.Cypher.Collections;

/// <summary>
/// An append-only list kept in fixed chunks, each small enough to stay out of the large object heap. A write
/// transaction of tens of thousands of rows builds several such lists (undo log, buffered rows, the change
/// set); as growing <see cref="List{T}"/>s their arrays land in the large object heap, and every large
/// object allocation counts towards a full (gen2) collection of the whole graph.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    // 80,000 bytes is under the 85,000-byte large object threshold for elements of up to 8 references' size.
    private static readonly int ChunkSize = Math.Max(16, 80_000 / Math.Max(IntPtr.Size, Unsafe.SizeOf<T>()));
    private readonly List<T[]> _chunks = [];
    private int _count;

    /// <summary>Elements per full chunk.</summary>
    public static int ChunkLength => ChunkSize;

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _chunks[index / ChunkSize][index % ChunkSize];
        }
    }

    public void Add(T item)
    {
        var offset = _count % ChunkSize;
        if (offset == 0 && _count / ChunkSize == _chunks.Count)
        {
            // The first chunk starts small: most transactions write a handful of rows.
            _chunks.Add(new T[_chunks.Count == 0 ? Math.Min(16, ChunkSize) : ChunkSize]);
        }

        var chunk = _chunks[_count / ChunkSize];
        if (offset == chunk.Length)
        {
            Array.Resize(ref chunk, Math.Min(ChunkSize, chunk.Length * 2));
            _chunks[_count / ChunkSize] = chunk;
        }

        chunk[offset] = item;
        _count++;
    }

    /// <summary>Drops the items from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        if (count < 0 || count > _count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        for (var i = count; i < _count; i++)
        {
            _chunks[i / ChunkSize][i % ChunkSize] = default!;
        }

        _count = count;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _chunks[i / ChunkSize][i % ChunkSize];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
