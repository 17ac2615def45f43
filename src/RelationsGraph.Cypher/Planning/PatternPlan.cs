using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>A node of a pattern chain as the matcher sees it; Seeks are equalities an index may answer, in preference order.</summary>
internal sealed record NodeStepPlan(string? Variable, IReadOnlyList<string> Labels, Expression? Properties, IReadOnlyList<SeekHint> Seeks);

/// <summary>A relationship of a chain; for a single hop <see cref="VarLength"/> is false and Min = Max = 1.</summary>
internal sealed record RelStepPlan(
    string? Variable,
    IReadOnlyList<string> Types,
    RelationshipDirection Direction,
    Expression? Properties,
    bool VarLength,
    int Min,
    int Max)
{
    /// <summary>Equalities on the relationship's properties that a relationship index may answer.</summary>
    public IReadOnlyList<SeekHint> Seeks { get; init; } = [];

    public RelStepPlan Flipped() => this with
    {
        Direction = Direction switch
        {
            RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
            RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
            _ => RelationshipDirection.Both,
        },
    };
}

/// <summary><c>property = Value</c> (or <c>property IN Value</c>) usable to start a match from an index.</summary>
internal sealed record SeekHint(string Property, Expression Value, bool IsList);

/// <summary>
/// One pattern part: nodes and relationships in written order, and the same chain read right to left so
/// the matcher can start from whichever end is cheaper.
/// </summary>
internal sealed class ChainPlan
{
    public ChainPlan(string? pathVariable, NodeStepPlan[] nodes, RelStepPlan[] relationships, PathSelector selector)
    {
        PathVariable = pathVariable;
        Nodes = nodes;
        Relationships = relationships;
        Selector = selector;
        ReversedNodes = nodes.Reverse().ToArray();
        ReversedRelationships = relationships.Reverse().Select(r => r.Flipped()).ToArray();
    }

    public string? PathVariable { get; }

    public NodeStepPlan[] Nodes { get; }

    public RelStepPlan[] Relationships { get; }

    public NodeStepPlan[] ReversedNodes { get; }

    public RelStepPlan[] ReversedRelationships { get; }

    public PathSelector Selector { get; }

    /// <summary>For shortest paths: a WHERE conjunct reads the path or its relationships, so the search must test candidates.</summary>
    public bool HasPathPredicates { get; init; }
}

/// <summary>A planned MATCH pattern with its WHERE split into conjuncts, each tested as soon as its variables are bound.</summary>
internal sealed class PatternPlan
{
    public required ChainPlan[] Parts { get; init; }

    public required Conjunct[] Conjuncts { get; init; }

    /// <summary>Every named variable of the pattern (nodes, relationships, paths), in order of appearance.</summary>
    public required string[] Variables { get; init; }

    /// <summary>More than one relationship can be bound in a match, so relationship uniqueness must be tracked.</summary>
    public bool NeedsUniqueness { get; init; } = true;

    /// <summary>Conjunct indexes by the pattern variable they wait for.</summary>
    public required IReadOnlyDictionary<string, int[]> ConjunctsByVariable { get; init; }
}

/// <summary>A WHERE conjunct and the pattern variables it reads.</summary>
internal sealed record Conjunct(Expression Predicate, IReadOnlyList<string> PatternVariables);
