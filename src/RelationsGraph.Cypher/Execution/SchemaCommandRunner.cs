using RelationsGraph.Cypher.Ast;
using RelationsGraph.Cypher.Persistence;

namespace RelationsGraph.Cypher.Execution;

/// <summary>CREATE/DROP CONSTRAINT and INDEX, SHOW CONSTRAINTS and INDEXES.</summary>
internal static class SchemaCommandRunner
{
    public static (IReadOnlyList<string> Columns, List<object?[]> Rows) Run(Statement command, QueryContext ctx)
    {
        switch (command)
        {
            case CreateSchemaCommand create:
            {
                var kind = KindOf(create.Kind);
                var name = create.Name ?? DefaultName(kind, create);
                var rule = new SchemaRule(name, kind, create.ForRelationship, create.LabelOrType, create.Properties.ToArray());
                if (ctx.Store.CreateRule(rule, create.IfNotExists))
                {
                    if (kind == "INDEX")
                    {
                        ctx.Counters.IndexesAdded++;
                    }
                    else
                    {
                        ctx.Counters.ConstraintsAdded++;
                    }
                }

                return ([], []);
            }

            case DropSchemaCommand drop:
                if (ctx.Store.DropRule(drop.Name, drop.IsConstraint, drop.IfExists))
                {
                    if (drop.IsConstraint)
                    {
                        ctx.Counters.ConstraintsRemoved++;
                    }
                    else
                    {
                        ctx.Counters.IndexesRemoved++;
                    }
                }

                return ([], []);
            case ShowSchemaCommand { Constraints: true }:
                return (
                    ["id", "name", "type", "entityType", "labelsOrTypes", "properties"],
                    ctx.Store.Rules.Where(r => r.Kind != "INDEX").Select((r, i) => new object?[]
                    {
                        (long)i + 1, r.Name, ConstraintType(r), r.ForRelationship ? "RELATIONSHIP" : "NODE", new List<object?> { r.LabelOrType }, r.Properties.Cast<object?>().ToList(),
                    }).ToList());
            case ShowSchemaCommand:
                return (
                    ["id", "name", "state", "type", "entityType", "labelsOrTypes", "properties", "owningConstraint"],
                    ctx.Store.Rules.Where(r => r.Kind is "INDEX" or "UNIQUE" or "NODE_KEY").Select((r, i) => new object?[]
                    {
                        (long)i + 1, r.Name, "ONLINE", "RANGE", r.ForRelationship ? "RELATIONSHIP" : "NODE", new List<object?> { r.LabelOrType },
                        r.Properties.Cast<object?>().ToList(), r.Kind == "INDEX" ? null : r.Name,
                    }).ToList());
            default:
                throw new InvalidOperationException("Not a schema command.");
        }
    }

    private static string KindOf(SchemaObjectKind kind) => kind switch
    {
        SchemaObjectKind.UniqueConstraint => "UNIQUE",
        SchemaObjectKind.NodeKeyConstraint => "NODE_KEY",
        SchemaObjectKind.ExistenceConstraint => "EXISTS",
        _ => "INDEX",
    };

    private static string ConstraintType(SchemaRule rule) => rule.Kind switch
    {
        "UNIQUE" => rule.ForRelationship ? "RELATIONSHIP_UNIQUENESS" : "UNIQUENESS",
        "NODE_KEY" => "NODE_KEY",
        _ => rule.ForRelationship ? "RELATIONSHIP_PROPERTY_EXISTENCE" : "NODE_PROPERTY_EXISTENCE",
    };

    // Deterministic names keep a persisted schema stable across runs and let users drop what they created.
    private static string DefaultName(string kind, CreateSchemaCommand create) =>
        (kind == "INDEX" ? "index_" : "constraint_") + kind.ToLowerInvariant() + "_" + create.LabelOrType + "_" + string.Join("_", create.Properties);
}
