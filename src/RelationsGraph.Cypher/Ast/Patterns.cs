namespace RelationsGraph.Cypher.Ast;

/// <summary>A comma-separated list of pattern parts, as in MATCH and CREATE.</summary>
internal sealed record Pattern(AstList<PatternPart> Parts)
{
    public SourcePosition Position { get; init; }
}

/// <summary>How a pattern part selects paths.</summary>
internal enum PathSelector
{
    /// <summary>Every match.</summary>
    All,

    /// <summary><c>shortestPath(...)</c>: one shortest path per pair of end nodes.</summary>
    Shortest,

    /// <summary><c>allShortestPaths(...)</c>: every shortest path per pair of end nodes.</summary>
    AllShortest,
}

/// <summary><c>[p =] element</c>, possibly wrapped in shortestPath()/allShortestPaths().</summary>
internal sealed record PatternPart(string? PathVariable, PatternElement Element, PathSelector Selector)
{
    public SourcePosition Position { get; init; }
}

/// <summary>A chain: a node, then relationship-node steps.</summary>
internal sealed record PatternElement(NodePattern Start, AstList<PatternStep> Steps)
{
    public SourcePosition Position { get; init; }

    /// <summary>All node patterns in order.</summary>
    public IEnumerable<NodePattern> Nodes => Steps.Select(s => s.Node).Prepend(Start);
}

/// <summary>One <c>-[r]-&gt;(n)</c> step of a chain.</summary>
internal sealed record PatternStep(RelationshipPattern Relationship, NodePattern Node);

/// <summary><c>(variable:Label:Other {props})</c>; <see cref="Properties"/> is a map literal or a parameter.</summary>
internal sealed record NodePattern(string? Variable, AstList<string> Labels, Expression? Properties)
{
    public SourcePosition Position { get; init; }
}

/// <summary>Direction of a relationship pattern as written, left to right.</summary>
internal enum RelationshipDirection
{
    /// <summary><c>-[]-&gt;</c></summary>
    Outgoing,

    /// <summary><c>&lt;-[]-</c></summary>
    Incoming,

    /// <summary><c>-[]-</c> (or <c>&lt;-[]-&gt;</c>)</summary>
    Both,
}

/// <summary>
/// <c>-[variable:TYPE|OTHER *min..max {props}]-&gt;</c>. <see cref="Length"/> is null for a single hop.
/// </summary>
internal sealed record RelationshipPattern(
    string? Variable,
    AstList<string> Types,
    RelationshipDirection Direction,
    Expression? Properties,
    RangeLiteral? Length)
{
    public SourcePosition Position { get; init; }
}

/// <summary>
/// Variable length bounds: <c>*</c> is (null, null), <c>*2</c> is (2, 2), <c>*1..3</c>, <c>*..3</c> is (null, 3),
/// <c>*2..</c> is (2, null). Null Min means 1; null Max means unbounded.
/// </summary>
internal sealed record RangeLiteral(long? Min, long? Max);
