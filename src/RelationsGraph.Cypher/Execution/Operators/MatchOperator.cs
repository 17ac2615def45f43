using RelationsGraph.Cypher.Execution.Patterns;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher.Execution.Operators;

/// <summary>MATCH / OPTIONAL MATCH: each input row times its matches (or, when optional and none, the row with nulls).</summary>
internal sealed class MatchOperator(PatternPlan pattern, bool optional) : Operator
{
    public PatternPlan Pattern { get; } = pattern;

    public bool Optional { get; } = optional;

    public override IEnumerable<Row> Run(IEnumerable<Row> input, QueryContext ctx, Row baseRow)
    {
        // One matcher for every input row: each row's matches are read to the end before the next row starts.
        var matcher = PatternMatcher.For(Pattern, ctx);
        foreach (var row in input)
        {
            ctx.CheckDeadline();
            var any = false;
            foreach (var match in matcher.Matches(row))
            {
                any = true;
                yield return match;
            }

            if (!any && Optional)
            {
                var padded = row;
                foreach (var name in Pattern.Variables)
                {
                    if (!padded.Has(name))
                    {
                        padded = padded.Bind(name, null);
                    }
                }

                yield return padded;
            }
        }
    }
}
