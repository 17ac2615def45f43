using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Binding;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution.Operators;

namespace RelationsGraph.Cypher.Planning;

/// <summary>
/// Turns an analysed statement into a plan: a pipeline of operators per single query, one per clause,
/// tracking which variables are in scope so <c>*</c>, OPTIONAL MATCH padding and subquery imports are right.
/// </summary>
internal static class QueryPlanner
{
    public static StatementPlan Plan(AnalyzedStatement analyzed, IProcedureCatalog procedures)
    {
        var statement = analyzed.Statement;
        if (statement is not Query query)
        {
            return new StatementPlan { Statement = statement, Writes = statement is not ShowSchemaCommand };
        }

        var plan = PlanQuery(query, [], procedures);
        return new StatementPlan { Statement = statement, Query = plan, Writes = WriteDetector.Writes(query, procedures) };
    }

    /// <summary>Plans a subquery body (CALL { }, EXISTS { }, COUNT { }, COLLECT { }).</summary>
    public static QueryPlan PlanQuery(Query query, IReadOnlyList<string> scope, IProcedureCatalog procedures)
    {
        if (query is UnionQuery union)
        {
            var left = PlanQuery(union.Left, scope, procedures);
            var right = PlanSingle(union.Right, scope, procedures);
            if (!left.Columns.SequenceEqual(right.Columns, StringComparer.Ordinal))
            {
                throw EngineErrors.ColumnMismatchInUnion();
            }

            return new UnionPlan(left, right, union.All);
        }

        return PlanSingle((SingleQuery)query, scope, procedures);
    }

    private static PipelinePlan PlanSingle(SingleQuery query, IReadOnlyList<string> initialScope, IProcedureCatalog procedures)
    {
        var scope = new List<string>(initialScope);
        var operators = new List<Operator>();
        IReadOnlyList<string> columns = [];
        var returns = false;
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case ReturnClause r:
                {
                    var spec = ProjectionPlanner.Plan(r.Projection, scope, null, operators.Any(o => o.Writes));
                    operators.Add(new ProjectionOperator(spec));
                    columns = spec.Columns.Select(c => c.Name).ToArray();
                    scope = [.. columns];
                    returns = true;
                    break;
                }

                case WithClause w:
                {
                    var spec = ProjectionPlanner.Plan(w.Projection, scope, w.Where, operators.Any(o => o.Writes));
                    operators.Add(new ProjectionOperator(spec));
                    scope = spec.Columns.Select(c => c.Name).ToList();
                    break;
                }

                case CallProcedureClause call:
                {
                    var op = PlanProcedureCall(call, query.Clauses.Count == 1, procedures, out var bound);
                    operators.Add(op);
                    AddAll(scope, bound);
                    if (query.Clauses.Count == 1)
                    {
                        columns = bound;
                        returns = bound.Count > 0;
                    }

                    break;
                }

                default:
                    operators.Add(PlanClause(clause, scope, procedures));
                    break;
            }
        }

        return new PipelinePlan(operators, columns, returns);
    }

    /// <summary>The variables a CALL { } body receives; null when it sees the whole row (opening importing WITH or CALL (*)).</summary>
    private static List<string>? SubqueryImports(CallSubqueryClause sub)
    {
        if (sub.ImportedVariables is { } scoped)
        {
            return [.. scoped];
        }

        if (sub.ImportAll)
        {
            return null;
        }

        var first = sub.Body is SingleQuery single ? single : FirstSingle(sub.Body);
        return first.Clauses.Count > 0 && first.Clauses[0] is WithClause ? null : [];
    }

    private static SingleQuery FirstSingle(Query query) => query switch
    {
        SingleQuery s => s,
        UnionQuery u => FirstSingle(u.Left),
        _ => throw new InvalidOperationException("Unknown query kind."),
    };

    /// <summary>Plans a clause that is neither a projection nor a call (also the update clauses inside FOREACH).</summary>
    private static Operator PlanClause(Clause clause, List<string> scope, IProcedureCatalog procedures)
    {
        switch (clause)
        {
            case MatchClause m:
            {
                var plan = PatternPlanner.Plan(m.Pattern.Parts, m.Where);
                AddAll(scope, plan.Variables);
                return new MatchOperator(plan, m.Optional);
            }

            case UnwindClause u:
                AddAll(scope, [u.Variable]);
                return new UnwindOperator(u.Expression, u.Variable);
            case CreateClause c:
                AddAll(scope, PatternPlanner.Plan(c.Pattern.Parts, null).Variables);
                return new CreateOperator(c.Pattern);
            case MergeClause merge:
            {
                var plan = PatternPlanner.Plan([merge.Part], null);
                AddAll(scope, plan.Variables);
                return new MergeOperator(merge.Part, plan, merge.OnCreate, merge.OnMatch);
            }

            case SetClause s:
                return new SetOperator(s.Items);
            case RemoveClause r:
                return new RemoveOperator(r.Items);
            case DeleteClause d:
                return new DeleteOperator(d.Targets, d.Detach);
            case ForeachClause f:
            {
                var inner = new List<string>(scope) { f.Variable };
                var body = f.Updates.Select(u => PlanClause(u, inner, procedures)).ToArray();
                return new ForeachOperator(f.Variable, f.List, body);
            }

            case CallProcedureClause call:
            {
                var op = PlanProcedureCall(call, false, procedures, out var bound);
                AddAll(scope, bound);
                return op;
            }

            case CallSubqueryClause sub:
            {
                var imports = SubqueryImports(sub);
                var body = PlanQuery(sub.Body, sub.ImportAll || imports is null ? scope : imports, procedures);
                if (body.Returns)
                {
                    AddAll(scope, body.Columns);
                }

                return new CallSubqueryOperator(body, imports, sub.ImportAll, sub.Optional);
            }

            default:
                throw EngineErrors.Unsupported(clause.GetType().Name);
        }
    }

    private static CallProcedureOperator PlanProcedureCall(CallProcedureClause call, bool standalone, IProcedureCatalog procedures, out IReadOnlyList<string> bound)
    {
        var procedure = procedures.Find(call.QualifiedName) ?? throw EngineErrors.ProcedureNotFound(call.QualifiedName);
        List<(string Field, string Variable)> bindings;
        if (call.YieldItems is { } items && !call.YieldAll)
        {
            bindings = items.Select(y => (y.Field, y.Variable)).ToList();
        }
        else if (call.YieldAll || standalone)
        {
            bindings = procedure.Outputs.Select(o => (o.Name, o.Name)).ToList();
        }
        else
        {
            bindings = [];
        }

        bound = bindings.Select(b => b.Variable).ToArray();
        return new CallProcedureOperator(call.QualifiedName, call.Arguments, bindings, call.Where);
    }

    private static void AddAll(List<string> scope, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!scope.Contains(name))
            {
                scope.Add(name);
            }
        }
    }
}
