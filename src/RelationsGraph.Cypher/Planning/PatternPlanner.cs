using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Planning;

/// <summary>Turns a pattern and its WHERE into a <see cref="PatternPlan"/>.</summary>
internal static class PatternPlanner
{
    public static PatternPlan Plan(IEnumerable<PatternPart> parts, Expression? where)
    {
        var partList = parts.ToList();
        var variables = new List<string>();
        foreach (var part in partList)
        {
            foreach (var node in part.Element.Nodes)
            {
                AddName(variables, node.Variable);
            }

            foreach (var step in part.Element.Steps)
            {
                AddName(variables, step.Relationship.Variable);
            }

            AddName(variables, part.PathVariable);
        }

        var conjuncts = new List<Conjunct>();
        foreach (var predicate in ExpressionTree.Conjuncts(where))
        {
            // A subquery body may read any pattern variable; we do not look inside, so it waits for all of them.
            var referenced = ExpressionTree.ContainsQuerySubquery(predicate)
                ? variables.ToHashSet(StringComparer.Ordinal)
                : ExpressionTree.ReferencedVariables(predicate);
            conjuncts.Add(new Conjunct(predicate, variables.Where(referenced.Contains).ToArray()));
        }

        var byVariable = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < conjuncts.Count; i++)
        {
            foreach (var name in conjuncts[i].PatternVariables)
            {
                if (!byVariable.TryGetValue(name, out var list))
                {
                    list = [];
                    byVariable[name] = list;
                }

                list.Add(i);
            }
        }

        var variableSet = variables.ToHashSet(StringComparer.Ordinal);

        // Shortest paths need their end nodes bound: plan them after the other parts.
        var ordered = partList.Where(p => p.Selector == PathSelector.All).Concat(partList.Where(p => p.Selector != PathSelector.All));
        var chains = ordered.Select(p => BuildChain(p, conjuncts, variableSet)).ToArray();

        return new PatternPlan
        {
            Parts = chains,
            Conjuncts = [.. conjuncts],
            Variables = [.. variables],
            NeedsUniqueness = chains.Sum(c => c.Relationships.Sum(r => r.VarLength ? 2 : 1)) > 1,
            ConjunctsByVariable = byVariable.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
        };
    }

    private static void AddName(List<string> names, string? name)
    {
        if (name is not null && !names.Contains(name))
        {
            names.Add(name);
        }
    }

    private static ChainPlan BuildChain(PatternPart part, List<Conjunct> conjuncts, HashSet<string> patternVariables)
    {
        var nodes = part.Element.Nodes.Select(n => BuildNode(n, conjuncts, patternVariables)).ToArray();
        var rels = part.Element.Steps.Select(s => BuildRel(s.Relationship) with { Seeks = SeekHints.For(s.Relationship, conjuncts, patternVariables) }).ToArray();
        var hasPathPredicates = false;
        if (part.Selector != PathSelector.All)
        {
            var pathNames = new HashSet<string>(StringComparer.Ordinal);
            if (part.PathVariable is not null)
            {
                pathNames.Add(part.PathVariable);
            }

            foreach (var r in rels)
            {
                if (r.Variable is not null)
                {
                    pathNames.Add(r.Variable);
                }
            }

            hasPathPredicates = conjuncts.Any(c => c.PatternVariables.Any(pathNames.Contains));
        }

        return new ChainPlan(part.PathVariable, nodes, rels, part.Selector) { HasPathPredicates = hasPathPredicates };
    }

    private static RelStepPlan BuildRel(RelationshipPattern rel)
    {
        if (rel.Length is null)
        {
            return new RelStepPlan(rel.Variable, rel.Types.ToArray(), rel.Direction, rel.Properties, false, 1, 1);
        }

        var min = (int)Math.Clamp(rel.Length.Min ?? 1, 0, int.MaxValue);
        var max = (int)Math.Clamp(rel.Length.Max ?? int.MaxValue, 0, int.MaxValue);
        return new RelStepPlan(rel.Variable, rel.Types.ToArray(), rel.Direction, rel.Properties, true, min, max);
    }

    private static NodeStepPlan BuildNode(NodePattern node, List<Conjunct> conjuncts, HashSet<string> patternVariables) =>
        new(node.Variable, node.Labels.ToArray(), node.Properties, SeekHints.For(node, conjuncts, patternVariables));
}
