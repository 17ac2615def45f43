using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Patterns;

/// <summary>
/// Finds every match of a <see cref="PatternPlan"/> that extends an input row, lazily. Relationships are
/// unique within one match (Cypher's relationship isomorphism); each WHERE conjunct is tested as soon as the
/// variables it reads are bound, so failing branches are cut early. A chain starts from whichever end is
/// cheaper: a bound node, an index seek, the smallest label, or else every node.
/// </summary>
internal sealed partial class PatternMatcher
{
    private readonly PatternPlan _plan;
    private readonly QueryContext _ctx;
    private readonly GraphStore _store;
    private readonly int[] _remaining;
    private readonly HashSet<RelationshipEntity> _used = [];
    private readonly List<NodeEntity>[] _pathNodes;
    private readonly List<RelationshipEntity>[] _pathRels;
    private readonly Walk?[] _walks;

    private PatternMatcher(PatternPlan plan, QueryContext ctx)
    {
        _plan = plan;
        _ctx = ctx;
        _store = ctx.Store;
        _remaining = new int[plan.Conjuncts.Length];
        _pathNodes = new List<NodeEntity>[plan.Parts.Length];
        _pathRels = new List<RelationshipEntity>[plan.Parts.Length];
        _walks = new Walk?[plan.Parts.Length * 2];
        for (var i = 0; i < plan.Parts.Length; i++)
        {
            _pathNodes[i] = [];
            _pathRels[i] = [];
        }
    }

    /// <summary>Every extension of <paramref name="input"/> that matches the pattern and its WHERE.</summary>
    public static IEnumerable<Row> Match(PatternPlan plan, Row input, QueryContext ctx) => new PatternMatcher(plan, ctx).Matches(input);

    /// <summary>
    /// A matcher to run once per input row with <see cref="Matches"/>: a MATCH over many rows (an import's
    /// UNWIND, say) then sets up its state once instead of per row. Each run must be finished or abandoned
    /// before the next starts, as a MATCH does row after row.
    /// </summary>
    public static PatternMatcher For(PatternPlan plan, QueryContext ctx) => new(plan, ctx);

    /// <summary>Every extension of <paramref name="input"/> that matches the pattern and its WHERE.</summary>
    public IEnumerable<Row> Matches(Row input)
    {
        // A run abandoned part-way (LIMIT, an error downstream) never reached its clean-up.
        _used.Clear();
        for (var i = 0; i < _plan.Conjuncts.Length; i++)
        {
            var unbound = 0;
            foreach (var name in _plan.Conjuncts[i].PatternVariables)
            {
                if (!input.Has(name))
                {
                    unbound++;
                }
            }

            _remaining[i] = unbound;
        }

        for (var i = 0; i < _plan.Conjuncts.Length; i++)
        {
            if (_remaining[i] == 0 && !IsTrue(_plan.Conjuncts[i].Predicate, input))
            {
                return [];
            }
        }

        if (_plan.Parts.Length == 1 && _plan.Parts[0].Selector == PathSelector.All)
        {
            // One part: no need for the layer that joins parts.
            return MatchChain(0, _plan.Parts[0], input);
        }

        return MatchParts(0, input);
    }

    private IEnumerable<Row> MatchParts(int index, Row row)
    {
        if (index == _plan.Parts.Length)
        {
            yield return row;
            yield break;
        }

        var chain = _plan.Parts[index];
        var matches = chain.Selector == PathSelector.All ? MatchChain(index, chain, row) : MatchShortest(index, chain, row);
        var last = index == _plan.Parts.Length - 1;
        foreach (var matched in matches)
        {
            if (last)
            {
                yield return matched;
                continue;
            }

            foreach (var result in MatchParts(index + 1, matched))
            {
                yield return result;
            }
        }
    }

    private bool IsTrue(Expression predicate, Row row) => _ctx.Evaluate(predicate, row) is true;

    /// <summary>Counts a new binding against the conjuncts waiting for it; false when one of them fails.</summary>
    private bool OnBind(string? variable, Row row)
    {
        // Without a WHERE there is nothing to wait for: skip hashing the name on every binding.
        if (variable is null || _plan.ConjunctsByVariable.Count == 0 || !_plan.ConjunctsByVariable.TryGetValue(variable, out var waiting))
        {
            return true;
        }

        foreach (var i in waiting)
        {
            _remaining[i]--;
        }

        foreach (var i in waiting)
        {
            if (_remaining[i] == 0 && !IsTrue(_plan.Conjuncts[i].Predicate, row))
            {
                return false;
            }
        }

        return true;
    }

    private void OnUnbind(string? variable)
    {
        if (variable is null || _plan.ConjunctsByVariable.Count == 0 || !_plan.ConjunctsByVariable.TryGetValue(variable, out var waiting))
        {
            return;
        }

        foreach (var i in waiting)
        {
            _remaining[i]++;
        }
    }

    private IEnumerable<Row> MatchChain(int partIndex, ChainPlan chain, Row row)
    {
        var reversed = chain.Nodes.Length > 1
            && Cost(chain.Nodes[^1], chain.ReversedRelationships[0], row) < Cost(chain.Nodes[0], chain.Relationships.Length > 0 ? chain.Relationships[0] : null, row);
        var nodes = reversed ? chain.ReversedNodes : chain.Nodes;
        var rels = reversed ? chain.ReversedRelationships : chain.Relationships;
        var pathNodes = _pathNodes[partIndex];
        var pathRels = _pathRels[partIndex];
        var walk = _walks[(partIndex * 2) + (reversed ? 1 : 0)] ??= new Walk(chain, nodes, rels, reversed, pathNodes, pathRels);
        if (ScansRelationships(nodes[0], rels, row))
        {
            foreach (var result in ScanRelationships(walk, row))
            {
                yield return result;
            }

            yield break;
        }

        // A seek or a bound node gives a list: read it by index rather than through an enumerator per row.
        var candidates = StartCandidates(nodes[0], row, rels.Length > 0 ? rels[0] : null);
        var list = candidates as IReadOnlyList<NodeEntity>;
        using var enumerator = list is null ? candidates.GetEnumerator() : null;
        for (var c = 0; ; c++)
        {
            NodeEntity start;
            if (list is not null)
            {
                if (c >= list.Count)
                {
                    break;
                }

                start = list[c];
            }
            else if (enumerator!.MoveNext())
            {
                start = enumerator.Current;
            }
            else
            {
                break;
            }

            _ctx.CheckDeadline();
            var state = BindNode(nodes[0], start, row, out var bound);
            if (state == BindResult.Fail)
            {
                continue;
            }

            if (state == BindResult.New && !OnBind(nodes[0].Variable, bound))
            {
                OnUnbind(nodes[0].Variable);
                continue;
            }

            if (rels.Length == 0 && chain.PathVariable is null)
            {
                // A lone node (MATCH (a:Actor {id: $id})): nothing to expand and no path to build.
                yield return bound;
            }
            else
            {
                pathNodes.Clear();
                pathRels.Clear();
                pathNodes.Add(start);
                foreach (var result in Expand(walk, 0, start, bound))
                {
                    yield return result;
                }
            }

            if (state == BindResult.New)
            {
                OnUnbind(nodes[0].Variable);
            }
        }
    }

    /// <summary>
    /// Whether the chain should start from a scan of the relationships rather than of every node: when nothing
    /// narrows its first node (no binding, label or index seek), every relationship of the first hop's types
    /// is visited either way, and visiting them in the order they lie in memory beats hopping from node to
    /// node (at a million relationships a random visit costs a cache miss each).
    /// </summary>
    private bool ScansRelationships(NodeStepPlan first, RelStepPlan[] rels, Row row)
    {
        if (rels.Length == 0 || rels[0].VarLength || first.Labels.Count > 0 || FindSeek(first) is not null || FindRelationshipSeek(rels[0]) is not null)
        {
            return false;
        }

        return (first.Variable is null || !row.Has(first.Variable)) && (rels[0].Variable is not { } relVariable || !row.Has(relVariable));
    }

    /// <summary>
    /// Every relationship of the first hop's types, once per direction it can be walked in (a self-loop once
    /// when undirected, as from its node), its near end bound as the first node.
    /// </summary>
    private IEnumerable<Row> ScanRelationships(Walk walk, Row row)
    {
        var first = walk.Nodes[0];
        var rel = walk.Rels[0];
        var forward = rel.Direction != RelationshipDirection.Incoming;
        var backward = rel.Direction != RelationshipDirection.Outgoing;

        var singleHop = walk.Rels.Length == 1 && walk.Chain.PathVariable is null;
        var unique = _plan.NeedsUniqueness;
        var last = walk.Nodes[1];
        foreach (var r in _store.Relationships)
        {
            _ctx.CheckDeadline();
            if (!TypeMatches(rel, r))
            {
                continue;
            }

            for (var pass = 0; pass < 2; pass++)
            {
                if (pass == 0 ? !forward : !backward || (forward && ReferenceEquals(r.Start, r.End)))
                {
                    continue;
                }

                var (start, other) = pass == 0 ? (r.Start, r.End) : (r.End, r.Start);
                if (!TryBindNode(first, start, row, out var bound, out var state))
                {
                    continue;
                }

                if (singleHop)
                {
                    // One hop to the end of the chain: bound here, without an iterator per relationship.
                    if (TryBindRelationship(rel, r, bound, out var afterRel, out var relState))
                    {
                        if (TryBindNode(last, other, afterRel, out var done, out var lastState))
                        {
                            if (unique)
                            {
                                _used.Add(r);
                            }

                            yield return done;
                            if (unique)
                            {
                                _used.Remove(r);
                            }

                            Unbind(last.Variable, lastState);
                        }

                        Unbind(rel.Variable, relState);
                    }
                }
                else
                {
                    walk.PathNodes.Clear();
                    walk.PathRels.Clear();
                    walk.PathNodes.Add(start);
                    foreach (var result in Expand(walk, 0, start, bound, r, other))
                    {
                        yield return result;
                    }
                }

                Unbind(first.Variable, state);
            }
        }
    }

    /// <summary>The chain being walked, in the orientation chosen for it.</summary>
    private sealed record Walk(
        ChainPlan Chain,
        NodeStepPlan[] Nodes,
        RelStepPlan[] Rels,
        bool Reversed,
        List<NodeEntity> PathNodes,
        List<RelationshipEntity> PathRels);

    /// <summary>
    /// Follows relationship <paramref name="relIndex"/> from <paramref name="current"/>: every candidate, or only
    /// <paramref name="onlyRel"/> (to <paramref name="onlyOther"/>) when a relationship scan found the first hop.
    /// </summary>
    private IEnumerable<Row> Expand(Walk walk, int relIndex, NodeEntity current, Row row, RelationshipEntity? onlyRel = null, NodeEntity? onlyOther = null)
    {
        if (relIndex == walk.Rels.Length)
        {
            if (walk.Chain.PathVariable is null)
            {
                yield return row;
                yield break;
            }

            foreach (var done in FinishChain(walk, row))
            {
                yield return done;
            }

            yield break;
        }

        var rel = walk.Rels[relIndex];
        if (rel.VarLength)
        {
            foreach (var result in ExpandVariable(walk, relIndex, current, row, 0, []))
            {
                yield return result;
            }

            yield break;
        }

        var unique = _plan.NeedsUniqueness;
        var track = walk.Chain.PathVariable is not null;
        var lastStep = relIndex + 1 == walk.Rels.Length && !track;
        var nextStep = walk.Nodes[relIndex + 1];
        using var candidates = onlyRel is null ? RelationshipCandidates(current, rel, row).GetEnumerator() : null;
        var pending = onlyRel is not null;
        while (true)
        {
            RelationshipEntity r;
            NodeEntity other;
            if (candidates is null)
            {
                if (!pending)
                {
                    break;
                }

                pending = false;
                (r, other) = (onlyRel!, onlyOther!);
            }
            else if (candidates.MoveNext())
            {
                (r, other) = candidates.Current;
            }
            else
            {
                break;
            }

            _ctx.CheckDeadline();
            if (!TryBindRelationship(rel, r, row, out var afterRel, out var relState))
            {
                continue;
            }

            if (lastStep)
            {
                // The common end of a chain, bound inline: no path to build and no further steps.
                if (TryBindNode(nextStep, other, afterRel, out var bound, out var nodeState))
                {
                    if (unique)
                    {
                        _used.Add(r);
                    }

                    yield return bound;
                    if (unique)
                    {
                        _used.Remove(r);
                    }

                    Unbind(nextStep.Variable, nodeState);
                }
            }
            else
            {
                if (unique)
                {
                    _used.Add(r);
                }

                if (track)
                {
                    walk.PathRels.Add(r);
                    walk.PathNodes.Add(other);
                }

                foreach (var result in ContinueAtNode(walk, relIndex, other, afterRel))
                {
                    yield return result;
                }

                if (track)
                {
                    walk.PathNodes.RemoveAt(walk.PathNodes.Count - 1);
                    walk.PathRels.RemoveAt(walk.PathRels.Count - 1);
                }

                if (unique)
                {
                    _used.Remove(r);
                }
            }

            Unbind(rel.Variable, relState);
        }
    }

    /// <summary>Binds a relationship of a single hop (uniqueness, properties, the variable, conjuncts waiting for it); false when it does not match.</summary>
    private bool TryBindRelationship(RelStepPlan rel, RelationshipEntity r, Row row, out Row bound, out BindResult state)
    {
        bound = row;
        state = BindResult.Fail;
        if ((_plan.NeedsUniqueness && _used.Contains(r)) || !PropertiesMatch(rel.Properties, r, row))
        {
            return false;
        }

        state = BindValue(rel.Variable, r, row, out bound);
        if (state == BindResult.Fail)
        {
            return false;
        }

        if (state == BindResult.New && !OnBind(rel.Variable, bound))
        {
            OnUnbind(rel.Variable);
            return false;
        }

        return true;
    }

    /// <summary>Binds a node step (labels, properties, the variable, conjuncts waiting for it); false when it does not match.</summary>
    private bool TryBindNode(NodeStepPlan step, NodeEntity node, Row row, out Row bound, out BindResult state)
    {
        state = BindNode(step, node, row, out bound);
        if (state == BindResult.Fail)
        {
            return false;
        }

        if (state == BindResult.New && !OnBind(step.Variable, bound))
        {
            OnUnbind(step.Variable);
            return false;
        }

        return true;
    }

    /// <summary>Undoes what a successful TryBind counted.</summary>
    private void Unbind(string? variable, BindResult state)
    {
        if (state == BindResult.New)
        {
            OnUnbind(variable);
        }
    }

    /// <summary>Binds the node after relationship <paramref name="relIndex"/> and carries on along the chain.</summary>
    private IEnumerable<Row> ContinueAtNode(Walk walk, int relIndex, NodeEntity node, Row row)
    {
        var step = walk.Nodes[relIndex + 1];
        var state = BindNode(step, node, row, out var bound);
        if (state == BindResult.Fail)
        {
            yield break;
        }

        if (state == BindResult.New && !OnBind(step.Variable, bound))
        {
            OnUnbind(step.Variable);
            yield break;
        }

        if (relIndex + 1 == walk.Rels.Length && walk.Chain.PathVariable is null)
        {
            // The common end of a chain: no path to build, so skip two layers of iterators.
            yield return bound;
        }
        else
        {
            foreach (var result in Expand(walk, relIndex + 1, node, bound))
            {
                yield return result;
            }
        }

        if (state == BindResult.New)
        {
            OnUnbind(step.Variable);
        }
    }

    private IEnumerable<Row> ExpandVariable(Walk walk, int relIndex, NodeEntity current, Row row, int depth, List<RelationshipEntity> taken)
    {
        _ctx.CheckDeadline();
        var rel = walk.Rels[relIndex];
        if (depth >= rel.Min && rel.Variable is null)
        {
            foreach (var result in ContinueAtNode(walk, relIndex, current, row))
            {
                yield return result;
            }
        }
        else if (depth >= rel.Min)
        {
            var list = new List<object?>(taken.Count);
            if (walk.Reversed)
            {
                for (var i = taken.Count - 1; i >= 0; i--)
                {
                    list.Add(taken[i]);
                }
            }
            else
            {
                list.AddRange(taken);
            }

            var relState = BindValue(rel.Variable, list, row, out var afterRel);
            if (relState != BindResult.Fail)
            {
                if (relState != BindResult.New || OnBind(rel.Variable, afterRel))
                {
                    foreach (var result in ContinueAtNode(walk, relIndex, current, afterRel))
                    {
                        yield return result;
                    }
                }

                if (relState == BindResult.New)
                {
                    OnUnbind(rel.Variable);
                }
            }
        }

        if (depth >= rel.Max)
        {
            yield break;
        }

        foreach (var (r, other) in RelationshipCandidates(current, rel, null))
        {
            if (_used.Contains(r) || !PropertiesMatch(rel.Properties, r, row))
            {
                continue;
            }

            _used.Add(r);
            taken.Add(r);
            walk.PathRels.Add(r);
            walk.PathNodes.Add(other);
            foreach (var result in ExpandVariable(walk, relIndex, other, row, depth + 1, taken))
            {
                yield return result;
            }

            walk.PathNodes.RemoveAt(walk.PathNodes.Count - 1);
            walk.PathRels.RemoveAt(walk.PathRels.Count - 1);
            taken.RemoveAt(taken.Count - 1);
            _used.Remove(r);
        }
    }

    private IEnumerable<Row> FinishChain(Walk walk, Row row)
    {
        var pathVariable = walk.Chain.PathVariable;
        if (pathVariable is null)
        {
            yield return row;
            yield break;
        }

        var path = BuildPath(walk.PathNodes, walk.PathRels, walk.Reversed);
        var state = BindValue(pathVariable, path, row, out var bound);
        if (state == BindResult.Fail)
        {
            yield break;
        }

        if (state != BindResult.New || OnBind(pathVariable, bound))
        {
            yield return bound;
        }

        if (state == BindResult.New)
        {
            OnUnbind(pathVariable);
        }
    }

    private static PathValue BuildPath(List<NodeEntity> nodes, List<RelationshipEntity> rels, bool reversed)
    {
        var n = nodes.ToArray();
        var r = rels.ToArray();
        if (reversed)
        {
            Array.Reverse(n);
            Array.Reverse(r);
        }

        return new PathValue(n, r);
    }
}
