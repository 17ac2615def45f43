using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>
/// Walks one statement clause by clause, keeping the scope of visible variables, and raises the
/// compile-time errors. One instance per statement; see the partial files for patterns, projections and
/// expressions.
/// </summary>
internal sealed partial class QueryBinder(IProcedureCatalog procedures)
{
    private readonly HashSet<string> _parameters = new(StringComparer.Ordinal);
    private bool _writes;

    /// <summary>Where a query sits, which decides how it may end and whether it may update.</summary>
    private enum QueryRole
    {
        /// <summary>The statement itself.</summary>
        Statement,

        /// <summary>The body of the classic <c>CALL { }</c>: sees outer variables only through an opening WITH.</summary>
        CallBody,

        /// <summary>The body of <c>CALL (a, b) { }</c> or <c>CALL (*) { }</c>: sees exactly the imported variables.</summary>
        ScopedCallBody,

        /// <summary>The body of <c>EXISTS { }</c>, <c>COUNT { }</c> or <c>COLLECT { }</c>: read-only, RETURN optional.</summary>
        ExpressionBody,
    }

    /// <summary>One result column of a query part.</summary>
    private sealed record Column(string Name, StaticType Type);

    public AnalyzedStatement Bind(Statement statement)
    {
        IReadOnlyList<Column> columns = [];
        switch (statement)
        {
            case Query query:
                columns = BindQuery(query, BindingScope.Empty, QueryRole.Statement);
                break;
            case CreateSchemaCommand or DropSchemaCommand:
                _writes = true;
                break;
        }

        return new AnalyzedStatement(statement)
        {
            IsWrite = _writes,
            Columns = columns.Select(c => c.Name).ToList(),
            Parameters = _parameters,
        };
    }

    private IReadOnlyList<Column> BindQuery(Query query, BindingScope outer, QueryRole role)
    {
        switch (query)
        {
            case SingleQuery single:
                return BindSingleQuery(single, outer, role);
            case UnionQuery union:
                CheckUnionKinds(union, union.All);
                var left = BindQuery(union.Left, outer, role);
                var right = BindSingleQuery(union.Right, outer, role);
                var leftNames = left.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
                if (left.Count != right.Count || !right.All(c => leftNames.Contains(c.Name)))
                {
                    throw BinderErrors.DifferentColumnsInUnion(union.Right.Position);
                }

                return left;
            default:
                return [];
        }
    }

    private static void CheckUnionKinds(UnionQuery union, bool all)
    {
        if (union.All != all)
        {
            throw BinderErrors.InvalidClauseComposition("Invalid combination of UNION and UNION ALL", union.Position);
        }

        if (union.Left is UnionQuery inner)
        {
            CheckUnionKinds(inner, all);
        }
    }

    private IReadOnlyList<Column> BindSingleQuery(SingleQuery query, BindingScope outer, QueryRole role)
    {
        var scope = role == QueryRole.CallBody && (query.Clauses.Count == 0 || query.Clauses[0] is not WithClause)
            ? BindingScope.Empty
            : outer.Clone();
        IReadOnlyList<Column> columns = [];
        var clauses = query.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var isLast = i == clauses.Count - 1;
            if (role == QueryRole.ExpressionBody && IsUpdate(clause))
            {
                throw BinderErrors.InvalidClauseComposition("An expression subquery cannot contain any updates", clause.Position);
            }

            switch (clause)
            {
                case ReturnClause ret:
                    if (!isLast)
                    {
                        throw BinderErrors.InvalidClauseComposition("RETURN can only be used at the end of the query", clause.Position);
                    }

                    columns = BindReturn(ret, scope);
                    break;
                case WithClause with:
                    scope = BindWith(with, scope);
                    break;
                case CallProcedureClause call:
                    var standalone = role == QueryRole.Statement && clauses.Count == 1;
                    var outputs = BindProcedureCall(call, scope, standalone);
                    if (standalone)
                    {
                        columns = outputs;
                    }

                    break;
                default:
                    BindClause(clause, scope);
                    break;
            }
        }

        if (role != QueryRole.ExpressionBody && clauses.Count > 0)
        {
            CheckQueryEnd(clauses[^1], clauses.Count == 1);
        }

        return columns;
    }

    /// <summary>Reading and updating clauses that only add variables to the scope they are given.</summary>
    private void BindClause(Clause clause, BindingScope scope)
    {
        switch (clause)
        {
            case MatchClause match:
                BindMatch(match, scope);
                break;
            case UnwindClause unwind:
                var listType = BindExpression(unwind.Expression, new ExpressionEnv(scope));
                if (scope.Contains(unwind.Variable))
                {
                    throw BinderErrors.VariableAlreadyBound(unwind.Variable, unwind.Position);
                }

                scope.Set(unwind.Variable, ElementOf(listType));
                break;
            case CreateClause create:
                _writes = true;
                BindPattern(create.Pattern.Parts, scope, PatternMode.Create);
                break;
            case MergeClause merge:
                _writes = true;
                BindPattern([merge.Part], scope, PatternMode.Merge);
                BindSetItems(merge.OnCreate, scope);
                BindSetItems(merge.OnMatch, scope);
                break;
            case SetClause set:
                _writes = true;
                BindSetItems(set.Items, scope);
                break;
            case RemoveClause remove:
                _writes = true;
                BindRemoveItems(remove.Items, scope);
                break;
            case DeleteClause delete:
                _writes = true;
                BindDelete(delete, scope);
                break;
            case ForeachClause loop:
                _writes = true;
                BindForeach(loop, scope);
                break;
            case CallSubqueryClause subquery:
                BindCallSubquery(subquery, scope);
                break;
            case CallProcedureClause call:
                BindProcedureCall(call, scope, standalone: false);
                break;
            case WithClause or ReturnClause:
                throw BinderErrors.InvalidClauseComposition("WITH and RETURN are not allowed here", clause.Position);
        }
    }

    private static bool IsUpdate(Clause clause) =>
        clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause;

    private static void CheckQueryEnd(Clause last, bool onlyClause)
    {
        var ok = last switch
        {
            ReturnClause => true,
            CallSubqueryClause => true,
            CallProcedureClause call => onlyClause || (call.YieldItems is null && !call.YieldAll),
            _ => IsUpdate(last),
        };
        if (!ok)
        {
            throw BinderErrors.InvalidClauseComposition(
                $"Query cannot conclude with {ClauseName(last)} (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)",
                last.Position);
        }
    }

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause { Optional: true } => "OPTIONAL MATCH",
        MatchClause => "MATCH",
        UnwindClause => "UNWIND",
        WithClause => "WITH",
        CallProcedureClause => "CALL",
        _ => clause.GetType().Name.Replace("Clause", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
    };

    private void BindMatch(MatchClause match, BindingScope scope)
    {
        BindPattern(match.Pattern.Parts, scope, PatternMode.Match);
        if (match.Where is not null)
        {
            BindPredicate(match.Where, new ExpressionEnv(scope));
        }
    }

    private void BindSetItems(IEnumerable<SetItem> items, BindingScope scope)
    {
        var env = new ExpressionEnv(scope);
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem property:
                    BindExpression(property.Target, env);
                    BindExpression(property.Value, env);
                    break;
                case SetVariableItem variable:
                    RequireVariable(variable.Variable, scope, item.Position);
                    BindExpression(variable.Value, env);
                    break;
                case SetLabelsItem labels:
                    RequireVariable(labels.Variable, scope, item.Position);
                    break;
            }
        }
    }

    private void BindRemoveItems(IEnumerable<RemoveItem> items, BindingScope scope)
    {
        var env = new ExpressionEnv(scope);
        foreach (var item in items)
        {
            switch (item)
            {
                case RemovePropertyItem property:
                    BindExpression(property.Target, env);
                    break;
                case RemoveLabelsItem labels:
                    RequireVariable(labels.Variable, scope, item.Position);
                    break;
            }
        }
    }

    private void BindDelete(DeleteClause delete, BindingScope scope)
    {
        var env = new ExpressionEnv(scope);
        foreach (var target in delete.Targets)
        {
            if (target is LabelCheck)
            {
                throw BinderErrors.InvalidDelete(target.Position);
            }

            var type = BindExpression(target, env);
            if (type.Kind is TypeKind.Boolean or TypeKind.Integer or TypeKind.Float or TypeKind.String or TypeKind.Map)
            {
                throw BinderErrors.TypeMismatch("Node, Path or Relationship", type, target.Position);
            }
        }
    }

    private void BindForeach(ForeachClause loop, BindingScope scope)
    {
        var listType = BindExpression(loop.List, new ExpressionEnv(scope));
        var inner = scope.With(loop.Variable, ElementOf(listType));
        foreach (var clause in loop.Updates)
        {
            BindClause(clause, inner);
        }
    }

    private void BindCallSubquery(CallSubqueryClause call, BindingScope scope)
    {
        BindingScope imported;
        QueryRole role;
        if (call.ImportAll)
        {
            imported = scope;
            role = QueryRole.ScopedCallBody;
        }
        else if (call.ImportedVariables is { } names)
        {
            imported = new BindingScope();
            foreach (var name in names)
            {
                if (!scope.TryGet(name, out var type))
                {
                    throw BinderErrors.UndefinedVariable(name, call.Position);
                }

                imported.Set(name, type);
            }

            role = QueryRole.ScopedCallBody;
        }
        else
        {
            CheckImportingWith(call.Body, scope);
            imported = scope;
            role = QueryRole.CallBody;
        }

        var columns = BindQuery(call.Body, imported, role);
        foreach (var column in columns)
        {
            if (scope.Contains(column.Name))
            {
                throw BinderErrors.VariableAlreadyBound(column.Name, call.Position);
            }
        }

        foreach (var column in columns)
        {
            scope.Set(column.Name, column.Type);
        }
    }

    /// <summary>The opening WITH of a classic <c>CALL { }</c> may only pass outer variables through, unchanged.</summary>
    private static void CheckImportingWith(Query body, BindingScope outer)
    {
        var parts = new List<SingleQuery>();
        for (var query = body; ;)
        {
            if (query is UnionQuery union)
            {
                parts.Add(union.Right);
                query = union.Left;
                continue;
            }

            if (query is SingleQuery single)
            {
                parts.Add(single);
            }

            break;
        }

        foreach (var part in parts)
        {
            if (part.Clauses.Count == 0 || part.Clauses[0] is not WithClause with)
            {
                continue;
            }

            var refersToOuter = with.Projection.IncludeExisting
                || with.Projection.Items.Any(item => ReferencesAny(item.Expression, outer));
            if (!refersToOuter)
            {
                continue;
            }

            var plain = with.Projection.Items.All(item =>
                item.Expression is Variable variable && (item.Alias is null || item.Alias == variable.Name));
            if (!plain || with.Where is not null || with.Projection.OrderBy is not null
                || with.Projection.Skip is not null || with.Projection.Limit is not null || with.Projection.Distinct)
            {
                throw BinderErrors.InvalidImport(
                    "Importing WITH should consist only of simple references to outside variables. Aliasing or expressions are not supported.",
                    with.Position);
            }
        }
    }

    private static bool ReferencesAny(Expression expression, BindingScope scope) =>
        (expression is Variable variable && scope.Contains(variable.Name))
        || ExpressionTree.Children(expression).Any(child => ReferencesAny(child, scope));

    private static void RequireVariable(string name, BindingScope scope, SourcePosition at)
    {
        if (!scope.Contains(name))
        {
            throw BinderErrors.UndefinedVariable(name, at);
        }
    }

    private static StaticType ElementOf(StaticType listType) => listType.Kind switch
    {
        TypeKind.List => listType.ElementType,
        TypeKind.Null => StaticType.Null,
        TypeKind.Any => StaticType.Any,
        _ => listType,
    };
}
