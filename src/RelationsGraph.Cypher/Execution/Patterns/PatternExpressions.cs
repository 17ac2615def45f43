using System.Runtime.CompilerServices;
using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Patterns;

/// <summary>
/// Pattern predicates, pattern comprehensions and EXISTS/COUNT/COLLECT subqueries, run by the same matcher
/// and planner as MATCH. Plans are kept beside the AST node they came from, so a cached statement plans
/// each of them once.
/// </summary>
internal static class PatternExpressions
{
    private static readonly ConditionalWeakTable<object, PatternPlan> PatternPlans = new();
    private static readonly ConditionalWeakTable<Query, QueryPlan> QueryPlans = new();
    private static readonly ConditionalWeakTable<SubqueryExpression, SubqueryPattern> SubqueryPatterns = new();

    public static bool Exists(PatternElement pattern, IVariableScope scope, QueryContext ctx)
    {
        var plan = PatternPlans.GetValue(pattern, _ => PatternPlanner.Plan([new PatternPart(null, pattern, PathSelector.All)], null));
        return PatternMatcher.Match(plan, Row.Over(scope), ctx).Any();
    }

    public static IReadOnlyList<object?> Comprehend(PatternComprehension comprehension, IVariableScope scope, QueryContext ctx)
    {
        var plan = PatternPlans.GetValue(
            comprehension,
            _ => PatternPlanner.Plan([new PatternPart(comprehension.PathVariable, comprehension.Pattern, PathSelector.All)], comprehension.Where));
        var result = new List<object?>();
        foreach (var match in PatternMatcher.Match(plan, Row.Over(scope), ctx))
        {
            ctx.CheckDeadline();
            result.Add(ctx.Evaluate(comprehension.Projection, match));
        }

        return result;
    }

    public static object? Subquery(SubqueryExpression subquery, IVariableScope scope, QueryContext ctx)
    {
        var outer = Row.Over(scope);
        if (subquery.Query is { } query)
        {
            var plan = QueryPlans.GetValue(query, q => QueryPlanner.PlanQuery(q, [], ctx.Procedures));
            var rows = plan.Execute(ctx, outer, outer);
            return subquery.Kind switch
            {
                SubqueryKind.Exists => rows.Any(),
                SubqueryKind.Count => rows.LongCount(),
                _ => rows.Select(r => plan.Columns.Count > 0 ? r.Get(plan.Columns[0]) : null).ToList(),
            };
        }

        var (patternPlan, degreeCount) = SubqueryPatterns.GetValue(subquery, static s => SubqueryPattern.For(s));
        if (degreeCount?.Count(scope) is { } degree)
        {
            ctx.CheckDeadline();
            return degree;
        }

        var matches = PatternMatcher.Match(patternPlan, outer, ctx);
        return subquery.Kind switch
        {
            SubqueryKind.Exists => matches.Any(),
            SubqueryKind.Count => matches.LongCount(),
            _ => matches.Select(_ => (object?)null).ToList(),
        };
    }

    /// <summary>A pattern subquery's plan, and for a one-hop COUNT the shortcut through the adjacency lists.</summary>
    private sealed record SubqueryPattern(PatternPlan Plan, DegreeCount? DegreeCount)
    {
        public static SubqueryPattern For(SubqueryExpression subquery)
        {
            var plan = PatternPlanner.Plan(subquery.Pattern!.Parts, subquery.Where);
            return new SubqueryPattern(plan, subquery.Kind == SubqueryKind.Count ? DegreeCount.For(plan) : null);
        }
    }
}
