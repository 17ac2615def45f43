using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Patterns;

/// <summary>
/// shortestPath / allShortestPaths. Without predicates on the path a breadth-first search finds the
/// shortest length and every parent on it; with them (e.g. <c>WHERE all(r IN relationships(p) ...)</c>)
/// candidates are enumerated by increasing length and the first length with a passing path wins, which is
/// what Neo4j answers.
/// </summary>
internal sealed partial class PatternMatcher
{
    private IEnumerable<Row> MatchShortest(int partIndex, ChainPlan chain, Row row)
    {
        if (chain.Relationships.Length != 1)
        {
            throw EngineErrors.InvalidPathLength();
        }

        var rel = chain.Relationships[0];
        var startStep = chain.Nodes[0];
        var endStep = chain.Nodes[1];
        foreach (var start in StartCandidates(startStep, row).ToList())
        {
            var startState = BindNode(startStep, start, row, out var afterStart);
            if (startState == BindResult.Fail)
            {
                continue;
            }

            if (startState == BindResult.New && !OnBind(startStep.Variable, afterStart))
            {
                OnUnbind(startStep.Variable);
                continue;
            }

            foreach (var end in StartCandidates(endStep, afterStart).ToList())
            {
                _ctx.CheckDeadline();
                var endState = BindNode(endStep, end, afterStart, out var afterEnd);
                if (endState == BindResult.Fail)
                {
                    continue;
                }

                if (endState != BindResult.New || OnBind(endStep.Variable, afterEnd))
                {
                    var paths = chain.HasPathPredicates
                        ? SearchWithPredicates(partIndex, chain, start, end, afterEnd)
                        : BreadthFirst(chain, rel, start, end, afterEnd).Select(p => BindPath(chain, p, afterEnd)).OfType<Row>();
                    foreach (var result in paths)
                    {
                        yield return result;
                    }
                }

                if (endState == BindResult.New)
                {
                    OnUnbind(endStep.Variable);
                }
            }

            if (startState == BindResult.New)
            {
                OnUnbind(startStep.Variable);
            }
        }
    }

    /// <summary>Binds the relationship and path variables of a found path; null when a conjunct rejects it.</summary>
    private Row? BindPath(ChainPlan chain, PathValue path, Row row)
    {
        var rel = chain.Relationships[0];
        var result = row;
        var boundRel = false;
        if (rel.Variable is not null)
        {
            object value = rel.VarLength ? path.Relationships.Cast<object?>().ToList() : path.Relationships[0];
            if (BindValue(rel.Variable, value, result, out var afterRel) == BindResult.Fail)
            {
                return null;
            }

            boundRel = !ReferenceEquals(afterRel, result);
            result = afterRel;
            if (boundRel && !OnBind(rel.Variable, result))
            {
                OnUnbind(rel.Variable);
                return null;
            }
        }

        var ok = true;
        var boundPath = false;
        if (chain.PathVariable is not null)
        {
            var state = BindValue(chain.PathVariable, path, result, out var afterPath);
            boundPath = state == BindResult.New;
            ok = state != BindResult.Fail && (!boundPath || OnBind(chain.PathVariable, afterPath));
            result = afterPath;
        }

        if (boundPath)
        {
            OnUnbind(chain.PathVariable);
        }

        if (boundRel)
        {
            OnUnbind(rel.Variable);
        }

        return ok ? result : null;
    }

    private List<PathValue> BreadthFirst(ChainPlan chain, RelStepPlan rel, NodeEntity start, NodeEntity end, Row row)
    {
        var all = chain.Selector == PathSelector.AllShortest;
        if (ReferenceEquals(start, end))
        {
            if (rel.Min == 0)
            {
                return [new PathValue([start], [])];
            }

            throw EngineErrors.ShortestPathSameNode();
        }

        if (!all && BidirectionalShortest(rel, start, end, row) is { } shortest && shortest.Length >= rel.Min)
        {
            return [shortest];
        }

        var depthOf = new Dictionary<NodeEntity, int> { [start] = 0 };
        var parents = new Dictionary<NodeEntity, List<(RelationshipEntity Rel, NodeEntity From)>>();
        var frontier = new List<NodeEntity> { start };
        var found = false;
        for (var depth = 1; depth <= rel.Max && frontier.Count > 0 && !found; depth++)
        {
            var next = new List<NodeEntity>();
            foreach (var node in frontier)
            {
                foreach (var (r, other) in RelationshipCandidates(node, rel, null))
                {
                    _ctx.CheckDeadline();
                    if (depthOf.TryGetValue(other, out var seen))
                    {
                        if (all && seen == depth && PropertiesMatch(rel.Properties, r, row))
                        {
                            parents[other].Add((r, node));
                        }

                        continue;
                    }

                    if (!PropertiesMatch(rel.Properties, r, row))
                    {
                        continue;
                    }

                    depthOf[other] = depth;
                    parents[other] = [(r, node)];
                    next.Add(other);
                    if (ReferenceEquals(other, end))
                    {
                        found = true;
                        if (!all)
                        {
                            break;
                        }
                    }
                }

                if (found && !all)
                {
                    break;
                }
            }

            frontier = next;
        }

        if (!found || depthOf[end] < rel.Min)
        {
            return [];
        }

        var paths = new List<PathValue>();
        var nodes = new List<NodeEntity> { end };
        var rels = new List<RelationshipEntity>();
        Unwind(end);
        return paths;

        void Unwind(NodeEntity node)
        {
            if (ReferenceEquals(node, start))
            {
                var n = nodes.ToArray();
                var r = rels.ToArray();
                Array.Reverse(n);
                Array.Reverse(r);
                paths.Add(new PathValue(n, r));
                return;
            }

            foreach (var (r, from) in parents[node])
            {
                if (!all && paths.Count > 0)
                {
                    return;
                }

                nodes.Add(from);
                rels.Add(r);
                Unwind(from);
                nodes.RemoveAt(nodes.Count - 1);
                rels.RemoveAt(rels.Count - 1);
            }
        }
    }

    /// <summary>
    /// Breadth-first from both ends, always growing the smaller frontier, so a path of length k costs about
    /// two searches of depth k/2 instead of one of depth k. Null when there is no path within the maximum.
    /// </summary>
    private PathValue? BidirectionalShortest(RelStepPlan rel, NodeEntity start, NodeEntity end, Row row)
    {
        var backwardRel = rel.Flipped();
        var forward = new Dictionary<NodeEntity, (RelationshipEntity? Rel, NodeEntity? From, int Depth)> { [start] = (null, null, 0) };
        var backward = new Dictionary<NodeEntity, (RelationshipEntity? Rel, NodeEntity? From, int Depth)> { [end] = (null, null, 0) };
        var forwardFrontier = new List<NodeEntity> { start };
        var backwardFrontier = new List<NodeEntity> { end };
        var forwardDepth = 0;
        var backwardDepth = 0;
        while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && forwardDepth + backwardDepth < rel.Max)
        {
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (frontier, seen, other, step) = growForward
                ? (forwardFrontier, forward, backward, rel)
                : (backwardFrontier, backward, forward, backwardRel);
            var depth = (growForward ? forwardDepth : backwardDepth) + 1;
            var next = new List<NodeEntity>();
            NodeEntity? meet = null;
            var best = int.MaxValue;
            foreach (var node in frontier)
            {
                foreach (var (r, o) in RelationshipCandidates(node, step, null))
                {
                    _ctx.CheckDeadline();
                    if (seen.ContainsKey(o) || !PropertiesMatch(rel.Properties, r, row))
                    {
                        continue;
                    }

                    seen[o] = (r, node, depth);
                    next.Add(o);
                    if (other.TryGetValue(o, out var there) && depth + there.Depth < best)
                    {
                        best = depth + there.Depth;
                        meet = o;
                    }
                }
            }

            if (growForward)
            {
                forwardFrontier = next;
                forwardDepth = depth;
            }
            else
            {
                backwardFrontier = next;
                backwardDepth = depth;
            }

            if (meet is not null)
            {
                return best <= rel.Max ? Join(meet, forward, backward) : null;
            }
        }

        return null;
    }

    private static PathValue Join(
        NodeEntity meet,
        Dictionary<NodeEntity, (RelationshipEntity? Rel, NodeEntity? From, int Depth)> forward,
        Dictionary<NodeEntity, (RelationshipEntity? Rel, NodeEntity? From, int Depth)> backward)
    {
        var nodes = new List<NodeEntity>();
        var rels = new List<RelationshipEntity>();
        for (var n = meet; ; )
        {
            nodes.Add(n);
            var (r, from, _) = forward[n];
            if (r is null)
            {
                break;
            }

            rels.Add(r);
            n = from!;
        }

        nodes.Reverse();
        rels.Reverse();
        for (var n = meet; ; )
        {
            var (r, from, _) = backward[n];
            if (r is null)
            {
                break;
            }

            rels.Add(r);
            nodes.Add(from!);
            n = from!;
        }

        return new PathValue(nodes, rels);
    }

    private IEnumerable<Row> SearchWithPredicates(int partIndex, ChainPlan chain, NodeEntity start, NodeEntity end, Row row)
    {
        var rel = chain.Relationships[0];
        if (ReferenceEquals(start, end) && rel.Min > 0)
        {
            throw EngineErrors.ShortestPathSameNode();
        }

        var maxLength = Math.Min(rel.Max, _store.RelationshipCount);
        for (var length = Math.Max(rel.Min, 0); length <= maxLength; length++)
        {
            var results = new List<Row>();
            var nodes = new List<NodeEntity> { start };
            var rels = new List<RelationshipEntity>();
            foreach (var matched in PathsOfLength(chain, rel, start, end, length, nodes, rels, row))
            {
                results.Add(matched);
                if (chain.Selector == PathSelector.Shortest)
                {
                    break;
                }
            }

            if (results.Count > 0)
            {
                return results;
            }
        }

        _ = partIndex;
        return [];
    }

    private IEnumerable<Row> PathsOfLength(
        ChainPlan chain, RelStepPlan rel, NodeEntity current, NodeEntity end, int remaining, List<NodeEntity> nodes, List<RelationshipEntity> rels, Row row)
    {
        _ctx.CheckDeadline();
        if (remaining == 0)
        {
            if (ReferenceEquals(current, end) && BindPath(chain, new PathValue(nodes.ToArray(), rels.ToArray()), row) is { } bound)
            {
                yield return bound;
            }

            yield break;
        }

        foreach (var (r, other) in RelationshipCandidates(current, rel, null))
        {
            if (_used.Contains(r) || !PropertiesMatch(rel.Properties, r, row))
            {
                continue;
            }

            _used.Add(r);
            nodes.Add(other);
            rels.Add(r);
            foreach (var result in PathsOfLength(chain, rel, other, end, remaining - 1, nodes, rels, row))
            {
                yield return result;
            }

            rels.RemoveAt(rels.Count - 1);
            nodes.RemoveAt(nodes.Count - 1);
            _used.Remove(r);
        }
    }
}
