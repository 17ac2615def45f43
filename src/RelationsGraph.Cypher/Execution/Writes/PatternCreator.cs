using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Execution.Values;
using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Writes;

/// <summary>Creates the unbound parts of a pattern part (CREATE, and MERGE when nothing matched).</summary>
internal static class PatternCreator
{
    public static Row Create(PatternPart part, Row row, QueryContext ctx)
    {
        var element = part.Element;
        var steps = element.Steps;

        // The path's nodes and relationships are collected only when the part names its path.
        var nodes = part.PathVariable is null ? null : new List<NodeEntity>(steps.Count + 1);
        var rels = part.PathVariable is null ? null : new List<RelationshipEntity>(steps.Count);
        row = ResolveNode(element.Start, row, ctx, out var left);
        nodes?.Add(left);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            row = ResolveNode(step.Node, row, ctx, out var right);
            nodes?.Add(right);
            var rel = step.Relationship;
            if (rel.Variable is not null && row.TryGetValue(rel.Variable, out var existing) && existing is RelationshipEntity bound)
            {
                rels?.Add(bound);
                left = right;
                continue;
            }

            var properties = EntityWriter.EvaluateProperties(rel.Properties, row, ctx);
            var (start, end) = rel.Direction == RelationshipDirection.Incoming ? (right, left) : (left, right);
            var created = EntityWriter.CreateRelationship(rel.Types[0], start, end, properties, ctx);
            rels?.Add(created);
            if (rel.Variable is not null)
            {
                row = row.Bind(rel.Variable, created);
            }

            left = right;
        }

        if (part.PathVariable is not null)
        {
            row = row.Bind(part.PathVariable, new PathValue(nodes!.ToArray(), rels!.ToArray()));
        }

        return row;
    }

    private static Row ResolveNode(NodePattern pattern, Row row, QueryContext ctx, out NodeEntity node)
    {
        if (pattern.Variable is not null && row.TryGetValue(pattern.Variable, out var existing))
        {
            node = existing as NodeEntity ?? throw new CypherException(
                StatusCodes.SemanticError,
                $"Failed to create relationship, node `{pattern.Variable}` is missing (it is null).");
            return row;
        }

        node = EntityWriter.CreateNode(pattern.Labels, EntityWriter.EvaluateProperties(pattern.Properties, row, ctx), ctx);
        return pattern.Variable is null ? row : row.Bind(pattern.Variable, node);
    }
}
