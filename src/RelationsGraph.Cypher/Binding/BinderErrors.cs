using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Ast;

namespace RelationsGraph.Cypher.Binding;

/// <summary>
/// Every error the binder raises, with its message text, in one place. Neo4j reports compile-time semantic
/// errors as <c>Neo.ClientError.Statement.SyntaxError</c>, so that is the default code; the detail is the
/// openCypher TCK's name for the failure.
/// </summary>
internal static class BinderErrors
{
    public static CypherException UndefinedVariable(string name, SourcePosition at) =>
        Syntax($"Variable `{name}` not defined", "UndefinedVariable", at);

    public static CypherException VariableAlreadyBound(string name, SourcePosition at) =>
        Syntax($"Variable `{name}` already declared", "VariableAlreadyBound", at);

    public static CypherException VariableTypeConflict(string name, string expected, StaticType actual, SourcePosition at) =>
        Syntax($"Type mismatch: `{name}` defined with conflicting type {actual.DisplayName} (expected {expected})", "VariableTypeConflict", at);

    public static CypherException RelationshipUniquenessViolation(string name, SourcePosition at) =>
        Syntax($"Cannot use the same relationship variable '{name}' for multiple relationships", "RelationshipUniquenessViolation", at);

    public static CypherException NoVariablesInScope(string clause, SourcePosition at) =>
        Syntax($"{clause} * is not allowed when there are no variables in scope", "NoVariablesInScope", at);

    public static CypherException ColumnNameConflict(string name, SourcePosition at) =>
        Syntax($"Multiple result columns with the same name `{name}` are not supported", "ColumnNameConflict", at);

    public static CypherException NoExpressionAlias(string text, SourcePosition at) =>
        Syntax($"Expression in WITH must be aliased (use AS): {text}", "NoExpressionAlias", at);

    public static CypherException RequiresDirectedRelationship(string clause, SourcePosition at) =>
        Syntax($"Only directed relationships are supported in {clause}", "RequiresDirectedRelationship", at);

    public static CypherException NoSingleRelationshipType(string clause, SourcePosition at) =>
        Syntax($"Exactly one relationship type must be specified for {clause}. Did you forget to prefix your relationship type with a ':'?", "NoSingleRelationshipType", at);

    public static CypherException CreatingVarLength(string clause, SourcePosition at) =>
        Syntax($"Variable length relationships cannot be used in {clause}", "CreatingVarLength", at);

    public static CypherException InvalidParameterUse(string clause, SourcePosition at) =>
        Syntax($"Parameter maps cannot be used in {clause} patterns (use a literal map instead, e.g. {{id: $param.id}})", "InvalidParameterUse", at);

    public static CypherException InvalidAggregation(SourcePosition at) =>
        Syntax("Invalid use of aggregating function in this context", "InvalidAggregation", at);

    public static CypherException NestedAggregation(SourcePosition at) =>
        Syntax("Can't use aggregate functions inside of aggregate functions.", "NestedAggregation", at);

    public static CypherException AmbiguousAggregation(SourcePosition at) =>
        Syntax(
            "Aggregation column contains implicit grouping expressions. Use only grouping keys that are variables or properties of variables next to an aggregate, or compute the expression in a preceding WITH clause.",
            "AmbiguousAggregationExpression",
            at);

    public static CypherException NonConstantInAggregate(string function, SourcePosition at) =>
        Syntax($"Can't use non-deterministic (random) functions inside of aggregate functions: {function}()", "NonConstantExpression", at);

    public static CypherException NonConstantSkipLimit(string clause, SourcePosition at) =>
        Syntax($"It is not allowed to refer to variables in {clause}", "NonConstantExpression", at);

    public static CypherException NegativeSkipLimit(string clause, long value, SourcePosition at) =>
        Syntax($"Invalid input. '{value}' is not a valid value. Must be a non-negative integer. ({clause})", "NegativeIntegerArgument", at);

    public static CypherException NonIntegerSkipLimit(string clause, object? value, SourcePosition at) =>
        Syntax($"Invalid input. '{value}' is not a valid value. Must be a non-negative integer. ({clause})", "InvalidArgumentType", at);

    public static CypherException TypeMismatch(string expected, StaticType actual, SourcePosition at) =>
        Syntax($"Type mismatch: expected {expected} but was {actual.DisplayName}", "InvalidArgumentType", at);

    /// <summary>Property access on a value that has no properties; Neo4j raises this one as a TypeError.</summary>
    public static CypherException PropertyAccessOnNonEntity(StaticType actual, SourcePosition at) =>
        Create(StatusCodes.TypeError, $"Type mismatch: expected Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime but was {actual.DisplayName}", "InvalidArgumentType", at);

    public static CypherException UnknownFunction(string name, SourcePosition at) =>
        Syntax($"Unknown function '{name}'", "UnknownFunction", at);

    public static CypherException InvalidNumberOfArguments(string what, int expected, int actual, SourcePosition at) =>
        Syntax($"Invalid number of arguments to {what}: expected {expected}, got {actual}", "InvalidNumberOfArguments", at);

    public static CypherException InvalidFunctionArity(string name, SourcePosition at) =>
        Syntax($"Insufficient or too many parameters for function '{name}'", "InvalidNumberOfArguments", at);

    public static CypherException InvalidClauseComposition(string message, SourcePosition at) =>
        Syntax(message, "InvalidClauseComposition", at);

    public static CypherException DifferentColumnsInUnion(SourcePosition at) =>
        Syntax("All sub queries in an UNION must have the same return column names", "DifferentColumnsInUnion", at);

    public static CypherException InvalidDelete(SourcePosition at) =>
        Syntax("DELETE doesn't support removing labels from a node. Try REMOVE.", "InvalidDelete", at);

    public static CypherException ProcedureNotFound(string name, SourcePosition at) =>
        Create(StatusCodes.ProcedureNotFound, $"There is no procedure with the name `{name}` registered for this database instance.", "ProcedureNotFound", at);

    public static CypherException InvalidArgumentPassingMode(string name, SourcePosition at) =>
        Syntax($"Procedure call inside a query does not support passing arguments implicitly. Pass arguments explicitly in parentheses after procedure name for {name}", "InvalidArgumentPassingMode", at);

    public static CypherException UnknownProcedureOutput(string field, SourcePosition at) =>
        Syntax($"Unknown procedure output: `{field}`", "UndefinedVariable", at);

    public static CypherException InvalidImport(string message, SourcePosition at) =>
        Syntax(message, "InvalidClauseComposition", at);

    private static CypherException Syntax(string message, string detail, SourcePosition at) =>
        Create(StatusCodes.SyntaxError, message, detail, at);

    private static CypherException Create(string code, string message, string detail, SourcePosition at)
    {
        // A default position means the AST node was built without one (e.g. by hand in a rewrite).
        var known = at.Line > 0;
        return new CypherException(
            code,
            known ? $"{message} ({at})" : message,
            known ? at.Line : null,
            known ? at.Column : null,
            known ? at.Offset : null,
            detail);
    }
}
