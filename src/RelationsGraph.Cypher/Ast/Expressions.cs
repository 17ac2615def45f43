namespace RelationsGraph.Cypher.Ast;

/// <summary>An expression. Records compare structurally (positions excluded).</summary>
internal abstract record Expression
{
    public SourcePosition Position { get; init; }
}

/// <summary>
/// A literal: null, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/> or <see cref="string"/>.
/// </summary>
internal sealed record Literal(object? Value) : Expression;

/// <summary><c>$name</c> (also <c>$0</c>).</summary>
internal sealed record Parameter(string Name) : Expression;

/// <summary>A variable reference.</summary>
internal sealed record Variable(string Name) : Expression;

/// <summary><c>subject.key</c>.</summary>
internal sealed record PropertyAccess(Expression Subject, string Key) : Expression;

/// <summary><c>[a, b, c]</c>.</summary>
internal sealed record ListLiteral(AstList<Expression> Items) : Expression;

/// <summary><c>{key: value, ...}</c>; keys in written order.</summary>
internal sealed record MapLiteral(AstList<MapEntry> Entries) : Expression;

/// <summary>One <c>key: value</c> entry of a map literal.</summary>
internal sealed record MapEntry(string Key, Expression Value);

/// <summary>Binary operators, lowest precedence first.</summary>
internal enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    StartsWith,
    EndsWith,
    Contains,
    RegexMatch,
    In,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
}

/// <summary><c>left op right</c>. A chained comparison <c>a &lt; b &lt; c</c> is parsed as <c>a &lt; b AND b &lt; c</c>.</summary>
internal sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression;

/// <summary>Unary operators.</summary>
internal enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}

/// <summary><c>NOT x</c>, <c>-x</c>, <c>+x</c>.</summary>
internal sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression;

/// <summary><c>x IS NULL</c> / <c>x IS NOT NULL</c>.</summary>
internal sealed record IsNullExpression(Expression Operand, bool Negated) : Expression;

/// <summary><c>subject:Label:Other</c> as a predicate (all labels must be present).</summary>
internal sealed record LabelCheck(Expression Subject, AstList<string> Labels) : Expression;

/// <summary><c>subject[index]</c> (list index or dynamic map/property key).</summary>
internal sealed record IndexExpression(Expression Subject, Expression Index) : Expression;

/// <summary><c>subject[from..to]</c>; either bound may be missing.</summary>
internal sealed record SliceExpression(Expression Subject, Expression? From, Expression? To) : Expression;

/// <summary>
/// <c>name(args)</c> or <c>name(DISTINCT args)</c>. <see cref="Name"/> is as written, namespace included
/// (e.g. <c>toUpper</c>, <c>date.truncate</c>); function names match case-insensitively.
/// </summary>
internal sealed record FunctionCall(string Name, bool Distinct, AstList<Expression> Arguments) : Expression;

/// <summary><c>count(*)</c>.</summary>
internal sealed record CountStar : Expression;

/// <summary>
/// <c>CASE [test] WHEN a THEN b ... [ELSE c] END</c>. With a test it is the simple form (compare test = a);
/// without, the searched form (a is a predicate).
/// </summary>
internal sealed record CaseExpression(Expression? Test, AstList<CaseAlternative> Alternatives, Expression? Else) : Expression;

/// <summary>One <c>WHEN a THEN b</c>.</summary>
internal sealed record CaseAlternative(Expression When, Expression Then);

/// <summary><c>[variable IN source WHERE predicate | projection]</c>; either part may be missing.</summary>
internal sealed record ListComprehension(string Variable, Expression Source, Expression? Where, Expression? Projection) : Expression;

/// <summary>Which quantifier.</summary>
internal enum QuantifierKind
{
    All,
    Any,
    None,
    Single,
}

/// <summary><c>all(variable IN source WHERE predicate)</c> and friends.</summary>
internal sealed record QuantifierExpression(QuantifierKind Kind, string Variable, Expression Source, Expression Predicate) : Expression;

/// <summary><c>reduce(accumulator = init, variable IN source | body)</c>.</summary>
internal sealed record ReduceExpression(string Accumulator, Expression Init, string Variable, Expression Source, Expression Body) : Expression;

/// <summary><c>[p = (a)-->(b) WHERE predicate | projection]</c>.</summary>
internal sealed record PatternComprehension(string? PathVariable, PatternElement Pattern, Expression? Where, Expression Projection) : Expression;

/// <summary>A bare pattern used as a predicate, e.g. <c>WHERE (a)--&gt;(:B)</c>: true if it has a match.</summary>
internal sealed record PatternPredicate(PatternElement Pattern) : Expression;

/// <summary>Subquery expression kinds.</summary>
internal enum SubqueryKind
{
    Exists,
    Count,
    Collect,
}

/// <summary>
/// <c>EXISTS { ... }</c>, <c>COUNT { ... }</c>, <c>COLLECT { ... }</c>. The body is either a full query
/// (<see cref="Query"/>) or a pattern with an optional WHERE (<see cref="Pattern"/>, <see cref="Where"/>).
/// </summary>
internal sealed record SubqueryExpression(SubqueryKind Kind, Query? Query, Pattern? Pattern, Expression? Where) : Expression;

/// <summary><c>variable{.key, key: expr, other, .*}</c>.</summary>
internal sealed record MapProjection(string Variable, AstList<MapProjectionItem> Items) : Expression;

/// <summary>One element of a map projection.</summary>
internal abstract record MapProjectionItem;

/// <summary><c>.key</c>.</summary>
internal sealed record PropertySelector(string Key) : MapProjectionItem;

/// <summary><c>key: expression</c>.</summary>
internal sealed record LiteralEntrySelector(string Key, Expression Value) : MapProjectionItem;

/// <summary><c>variable</c> (an entry named after the variable).</summary>
internal sealed record VariableSelector(string Name) : MapProjectionItem;

/// <summary><c>.*</c>.</summary>
internal sealed record AllPropertiesSelector : MapProjectionItem;
