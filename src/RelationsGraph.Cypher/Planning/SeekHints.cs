using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// The index-seek rewrite: finds equalities on a node's properties (inline <c>{key: value}</c> entries and
/// WHERE conjuncts <c>n.key = expr</c>, <c>expr = n.key</c>, <c>n.key IN list</c>) whose value needs no
/// variable of the same pattern. At run time the matcher starts from an index seek when a property index
/// exists for one of the node's labels and one of these keys.
/// </summary>
internal static class SeekHints
{
    public static IReadOnlyList<SeekHint> For(NodePattern node, IEnumerable<Conjunct> conjuncts, HashSet<string> patternVariables)
    {
        var seeks = new List<SeekHint>();
        if (node.Properties is MapLiteral map)
        {
            foreach (var entry in map.Entries)
            {
                if (Independent(entry.Value, patternVariables))
                {
                    seeks.Add(new SeekHint(entry.Key, entry.Value, false));
                }
            }
        }

        if (node.Variable is not null)
        {
            foreach (var conjunct in conjuncts)
            {
                if (SeekFrom(conjunct.Predicate, node.Variable, patternVariables) is { } hint)
                {
                    seeks.Add(hint);
                }
            }
        }

        return seeks;
    }

    public static IReadOnlyList<SeekHint> For(RelationshipPattern rel, IEnumerable<Conjunct> conjuncts, HashSet<string> patternVariables)
    {
        if (rel.Length is not null)
        {
            return [];
        }

        return For(new NodePattern(rel.Variable, AstList<string>.Empty, rel.Properties), conjuncts, patternVariables);
    }

    private static SeekHint? SeekFrom(Expression predicate, string variable, HashSet<string> patternVariables)
    {
        if (predicate is not BinaryExpression { Operator: BinaryOperator.Equal or BinaryOperator.In } binary)
        {
            return null;
        }

        if (IsPropertyOf(binary.Left, variable, out var key) && Independent(binary.Right, patternVariables))
        {
            return new SeekHint(key, binary.Right, binary.Operator == BinaryOperator.In);
        }

        if (binary.Operator == BinaryOperator.Equal && IsPropertyOf(binary.Right, variable, out key) && Independent(binary.Left, patternVariables))
        {
            return new SeekHint(key, binary.Left, false);
        }

        return null;
    }

    private static bool IsPropertyOf(Expression expression, string variable, out string key)
    {
        if (expression is PropertyAccess { Subject: Variable v } access && string.Equals(v.Name, variable, StringComparison.Ordinal))
        {
            key = access.Key;
            return true;
        }

        key = "";
        return false;
    }

    private static bool Independent(Expression expression, HashSet<string> patternVariables) =>
        !ExpressionTree.ContainsQuerySubquery(expression) && !ExpressionTree.ReferencedVariables(expression).Overlaps(patternVariables);
}
