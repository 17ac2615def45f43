using System.Collections;

namespace RelationsGraph.Cypher.Ast;

/// <summary>
/// An immutable list with structural equality, so AST records compare by content
/// (records compare list members by reference otherwise).
/// </summary>
internal sealed class AstList<T> : IReadOnlyList<T>, IEquatable<AstList<T>>
{
    private readonly T[] _items;

    public AstList(IEnumerable<T> items) => _items = items.ToArray();

    private AstList(T[] items) => _items = items;

    public static AstList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(AstList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is AstList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

/// <summary>Helpers to build <see cref="AstList{T}"/>.</summary>
internal static class AstList
{
    public static AstList<T> From<T>(IEnumerable<T> items) => new(items);

    public static AstList<T> Of<T>(params T[] items) => new(items);
}
