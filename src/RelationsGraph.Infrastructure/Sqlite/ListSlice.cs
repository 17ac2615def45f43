using System.Collections;

namespace RelationsGraph.Infrastructure.Sqlite;

/// <summary>A reusable read-only window on part of a list: what a load sink receives for one row of a decoded batch.</summary>
internal sealed class ListSlice<T> : IReadOnlyList<T>
{
    private List<T> _list = [];
    private int _start;
    private int _count;

    public int Count => _count;

    public T this[int index] => (uint)index < (uint)_count ? _list[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Set(List<T> list, int start, int count)
    {
        _list = list;
        _start = start;
        _count = count;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _list[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
