namespace RelationsGraph.Cypher.Ast;

/// <summary>A whole statement: a query (possibly a UNION) or a schema command.</summary>
internal abstract record Statement
{
    public SourcePosition Position { get; init; }
}

/// <summary>A query: one or more single queries joined by UNION.</summary>
internal abstract record Query : Statement;

/// <summary>A sequence of clauses, e.g. <c>MATCH ... WHERE ... RETURN ...</c>.</summary>
internal sealed record SingleQuery(AstList<Clause> Clauses) : Query;

/// <summary><c>Left UNION [ALL] Right</c>; a chain of unions nests to the left.</summary>
internal sealed record UnionQuery(Query Left, SingleQuery Right, bool All) : Query;

/// <summary>Kinds of schema object.</summary>
internal enum SchemaObjectKind
{
    UniqueConstraint,
    NodeKeyConstraint,
    ExistenceConstraint,
    Index,
}

/// <summary>
/// <c>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.prop IS UNIQUE</c>,
/// <c>CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.prop)</c> and relationship forms.
/// </summary>
internal sealed record CreateSchemaCommand(
    SchemaObjectKind Kind,
    string? Name,
    bool IfNotExists,
    bool ForRelationship,
    string Variable,
    string LabelOrType,
    AstList<string> Properties) : Statement;

/// <summary><c>DROP CONSTRAINT name [IF EXISTS]</c> / <c>DROP INDEX name [IF EXISTS]</c>.</summary>
internal sealed record DropSchemaCommand(bool IsConstraint, string Name, bool IfExists) : Statement;

/// <summary><c>SHOW CONSTRAINTS</c> / <c>SHOW INDEXES</c>.</summary>
internal sealed record ShowSchemaCommand(bool Constraints) : Statement;
