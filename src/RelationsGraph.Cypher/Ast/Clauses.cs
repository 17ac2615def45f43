namespace RelationsGraph.Cypher.Ast;

/// <summary>One clause of a single query.</summary>
internal abstract record Clause
{
    public SourcePosition Position { get; init; }
}

/// <summary><c>[OPTIONAL] MATCH pattern [WHERE predicate]</c>.</summary>
internal sealed record MatchClause(bool Optional, Pattern Pattern, Expression? Where) : Clause;

/// <summary><c>UNWIND expression AS variable</c>.</summary>
internal sealed record UnwindClause(Expression Expression, string Variable) : Clause;

/// <summary><c>WITH projection [WHERE predicate]</c>.</summary>
internal sealed record WithClause(Projection Projection, Expression? Where) : Clause;

/// <summary><c>RETURN projection</c>.</summary>
internal sealed record ReturnClause(Projection Projection) : Clause;

/// <summary><c>CREATE pattern</c>.</summary>
internal sealed record CreateClause(Pattern Pattern) : Clause;

/// <summary><c>MERGE part [ON CREATE SET ...] [ON MATCH SET ...]</c>.</summary>
internal sealed record MergeClause(PatternPart Part, AstList<SetItem> OnCreate, AstList<SetItem> OnMatch) : Clause;

/// <summary><c>SET item, ...</c>.</summary>
internal sealed record SetClause(AstList<SetItem> Items) : Clause;

/// <summary><c>REMOVE item, ...</c>.</summary>
internal sealed record RemoveClause(AstList<RemoveItem> Items) : Clause;

/// <summary><c>[DETACH] DELETE expression, ...</c>.</summary>
internal sealed record DeleteClause(AstList<Expression> Targets, bool Detach) : Clause;

/// <summary><c>FOREACH (variable IN list | update clauses)</c>.</summary>
internal sealed record ForeachClause(string Variable, Expression List, AstList<Clause> Updates) : Clause;

/// <summary>
/// <c>CALL { query }</c>. <see cref="ImportedVariables"/> is null for the classic form, where an
/// importing <c>WITH a, b</c> opens the body; for the scoped form <c>CALL (a, b) { ... }</c> it lists the
/// variables (empty for <c>CALL () { }</c>, and <see cref="ImportAll"/> for <c>CALL (*)</c>).
/// </summary>
internal sealed record CallSubqueryClause(Query Body, AstList<string>? ImportedVariables, bool ImportAll, bool Optional) : Clause;

/// <summary>
/// <c>CALL ns.proc(args) [YIELD a [AS b], ... [WHERE p]]</c>. <see cref="Arguments"/> is null for an
/// implicit-argument call (<c>CALL ns.proc</c> without parentheses, arguments taken from parameters).
/// <see cref="YieldItems"/> is null when there is no YIELD; <see cref="YieldAll"/> for <c>YIELD *</c>.
/// </summary>
internal sealed record CallProcedureClause(
    string QualifiedName,
    AstList<Expression>? Arguments,
    AstList<YieldItem>? YieldItems,
    bool YieldAll,
    Expression? Where) : Clause;

/// <summary>A procedure output <c>Field [AS Alias]</c>.</summary>
internal sealed record YieldItem(string Field, string? Alias)
{
    public string Variable => Alias ?? Field;

    public SourcePosition Position { get; init; }
}

/// <summary>
/// The body of WITH and RETURN. <see cref="IncludeExisting"/> is the leading <c>*</c>.
/// </summary>
internal sealed record Projection(
    bool Distinct,
    bool IncludeExisting,
    AstList<ProjectionItem> Items,
    AstList<SortItem>? OrderBy,
    Expression? Skip,
    Expression? Limit)
{
    public SourcePosition Position { get; init; }
}

/// <summary>
/// <c>expression [AS alias]</c>. <see cref="Name"/> is the column name: the alias, or else the expression's
/// source text exactly as written (Neo4j names unaliased columns that way).
/// </summary>
internal sealed record ProjectionItem(Expression Expression, string? Alias, string Name)
{
    public SourcePosition Position { get; init; }
}

/// <summary><c>expression [ASC|DESC]</c> in ORDER BY.</summary>
internal sealed record SortItem(Expression Expression, bool Descending);

/// <summary>One item of SET.</summary>
internal abstract record SetItem
{
    public SourcePosition Position { get; init; }
}

/// <summary><c>target.key = value</c>; the target is any expression (usually a variable).</summary>
internal sealed record SetPropertyItem(PropertyAccess Target, Expression Value) : SetItem;

/// <summary><c>variable = map</c> (replace all properties) or <c>variable += map</c> (merge).</summary>
internal sealed record SetVariableItem(string Variable, Expression Value, bool Merge) : SetItem;

/// <summary><c>variable:Label:Other</c>.</summary>
internal sealed record SetLabelsItem(string Variable, AstList<string> Labels) : SetItem;

/// <summary>One item of REMOVE.</summary>
internal abstract record RemoveItem
{
    public SourcePosition Position { get; init; }
}

/// <summary><c>REMOVE target.key</c>.</summary>
internal sealed record RemovePropertyItem(PropertyAccess Target) : RemoveItem;

/// <summary><c>REMOVE variable:Label</c>.</summary>
internal sealed record RemoveLabelsItem(string Variable, AstList<string> Labels) : RemoveItem;
