using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

internal sealed partial class QueryBinder
{
    /// <summary>What a pattern is for, which decides what it may declare and redeclare.</summary>
    private enum PatternMode
    {
        /// <summary>MATCH, and the local patterns of EXISTS/COUNT and pattern comprehensions.</summary>
        Match,
        Create,
        Merge,

        /// <summary>A bare pattern used as a predicate: it may only refer to bound variables.</summary>
        Predicate,
    }

    /// <summary>Declares the pattern's variables in <paramref name="scope"/> and checks its rules.</summary>
    private void BindPattern(IEnumerable<PatternPart> parts, BindingScope scope, PatternMode mode)
    {
        var relationshipsHere = new HashSet<string>(StringComparer.Ordinal);
        var partList = parts.ToList();
        foreach (var part in partList)
        {
            var element = part.Element;
            var singleNode = element.Steps.Count == 0;
            DeclareNode(element.Start, scope, mode, singleNode);
            foreach (var step in element.Steps)
            {
                DeclareRelationship(step.Relationship, scope, mode, relationshipsHere);
                DeclareNode(step.Node, scope, mode, singleNode: false);
            }

            // The path is declared after its elements: `p = (p)-->()` redeclares p.
            if (part.PathVariable is { } path)
            {
                if (scope.Contains(path))
                {
                    throw BinderErrors.VariableAlreadyBound(path, part.Position);
                }

                scope.Set(path, StaticType.Path);
            }
        }

        // Property maps may refer to anything bound by the time the whole pattern is.
        var env = new ExpressionEnv(scope);
        foreach (var part in partList)
        {
            foreach (var properties in ExpressionTree.PatternProperties(part.Element))
            {
                if (properties is Parameter && mode is PatternMode.Match or PatternMode.Merge)
                {
                    throw BinderErrors.InvalidParameterUse(mode == PatternMode.Merge ? "MERGE" : "MATCH", properties.Position);
                }

                BindExpression(properties, env);
            }
        }
    }

    private static void DeclareNode(NodePattern node, BindingScope scope, PatternMode mode, bool singleNode)
    {
        if (node.Variable is not { } name)
        {
            return;
        }

        if (!scope.TryGet(name, out var bound))
        {
            if (mode == PatternMode.Predicate)
            {
                throw BinderErrors.UndefinedVariable(name, node.Position);
            }

            scope.Set(name, StaticType.Node);
            return;
        }

        if (bound.Kind is not (TypeKind.Any or TypeKind.Null or TypeKind.Node))
        {
            throw BinderErrors.VariableTypeConflict(name, "Node", bound, node.Position);
        }

        // CREATE and MERGE may refer to a bound node to attach relationships, but not restate or recreate it.
        var restates = node.Labels.Count > 0 || node.Properties is not null || singleNode;
        if (mode is PatternMode.Create or PatternMode.Merge && restates)
        {
            throw BinderErrors.VariableAlreadyBound(name, node.Position);
        }
    }

    private static void DeclareRelationship(RelationshipPattern relationship, BindingScope scope, PatternMode mode, HashSet<string> relationshipsHere)
    {
        // A rebound variable is reported before the shape of what CREATE/MERGE would build.
        if (relationship.Variable is { } name && scope.TryGet(name, out var bound))
        {
            // A list is only acceptable when it is a list of relationships (a variable-length binding).
            var isRelationshipList = bound.Kind == TypeKind.List && bound.ElementType.Kind is TypeKind.Relationship;
            if (bound.Kind is not (TypeKind.Any or TypeKind.Null or TypeKind.Relationship) && !isRelationshipList)
            {
                throw BinderErrors.VariableTypeConflict(name, "Relationship", bound, relationship.Position);
            }

            if (mode is PatternMode.Create or PatternMode.Merge)
            {
                throw BinderErrors.VariableAlreadyBound(name, relationship.Position);
            }

            if (relationshipsHere.Contains(name))
            {
                throw BinderErrors.RelationshipUniquenessViolation(name, relationship.Position);
            }
        }

        if (mode is PatternMode.Create or PatternMode.Merge)
        {
            CheckCreatableRelationship(relationship, mode == PatternMode.Create ? "CREATE" : "MERGE");
        }

        if (relationship.Variable is not { } declared)
        {
            return;
        }

        if (!scope.Contains(declared))
        {
            if (mode == PatternMode.Predicate)
            {
                throw BinderErrors.UndefinedVariable(declared, relationship.Position);
            }

            scope.Set(declared, relationship.Length is null ? StaticType.Relationship : StaticType.ListOf(StaticType.Relationship));
        }

        relationshipsHere.Add(declared);
    }

    private static void CheckCreatableRelationship(RelationshipPattern relationship, string clause)
    {
        if (relationship.Length is not null)
        {
            throw BinderErrors.CreatingVarLength(clause, relationship.Position);
        }

        if (relationship.Types.Count != 1)
        {
            throw BinderErrors.NoSingleRelationshipType(clause, relationship.Position);
        }

        // MERGE may leave the direction open (it matches either way and creates left to right).
        if (relationship.Direction == RelationshipDirection.Both && clause == "CREATE")
        {
            throw BinderErrors.RequiresDirectedRelationship(clause, relationship.Position);
        }
    }
}
