namespace RelationsGraph.Cypher.Ast;

/// <summary>
/// Where a syntax node starts in the query text. Positions are diagnostics, not meaning: they compare
/// equal to each other so that two occurrences of the same expression (say <c>count(*)</c> in RETURN
/// and in ORDER BY) are equal records.
/// </summary>
internal readonly struct SourcePosition(int offset, int line, int column) : IEquatable<SourcePosition>
{
    public int Offset { get; } = offset;

    /// <summary>One-based.</summary>
    public int Line { get; } = line;

    /// <summary>One-based.</summary>
    public int Column { get; } = column;

    public static SourcePosition None => default;

    public bool Equals(SourcePosition other) => true;

    public override bool Equals(object? obj) => obj is SourcePosition;

    public override int GetHashCode() => 0;

    public static bool operator ==(SourcePosition left, SourcePosition right) => true;

    public static bool operator !=(SourcePosition left, SourcePosition right) => false;

    public override string ToString() => $"line {Line}, column {Column} (offset: {Offset})";
}
