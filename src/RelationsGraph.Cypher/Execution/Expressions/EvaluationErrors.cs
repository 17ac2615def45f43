using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Expressions;

/// <summary>
/// Every error raised while evaluating expressions and functions, with its Neo4j code, message and
/// TCK detail, kept in one place so wording and classification stay consistent.
/// </summary>
internal static class EvaluationErrors
{
    public static CypherException ParameterMissing(string name) =>
        new(StatusCodes.ParameterMissing, $"Expected parameter(s): {name}", detail: "MissingParameter");

    public static CypherException UndefinedVariable(string name) =>
        new(StatusCodes.SyntaxError, $"Variable `{name}` not defined", detail: "UndefinedVariable");

    public static CypherException OperatorTypeMismatch(string operation, object? left, object? right) =>
        new(
            StatusCodes.TypeError,
            $"Cannot {operation} `{CypherTypes.DisplayName(left)}` and `{CypherTypes.DisplayName(right)}`",
            detail: "InvalidArgumentType");

    public static CypherException UnaryTypeMismatch(string operation, object? operand) =>
        new(
            StatusCodes.TypeError,
            $"Cannot {operation} a value of type `{CypherTypes.DisplayName(operand)}`",
            detail: "InvalidArgumentType");

    public static CypherException NotBoolean(object? value) =>
        new(
            StatusCodes.TypeError,
            $"Expected a Boolean but got `{CypherTypes.DisplayName(value)}`: {ValueFormatter.Describe(value)}",
            detail: "InvalidArgumentType");

    public static CypherException NotAList(string what, object? value) =>
        new(
            StatusCodes.TypeError,
            $"{what} expects a List but got `{CypherTypes.DisplayName(value)}`: {ValueFormatter.Describe(value)}",
            detail: "InvalidArgumentType");

    public static CypherException InvalidPropertyAccess(object? subject, string key) =>
        new(
            StatusCodes.TypeError,
            $"Type mismatch: expected a map, node or relationship for property `{key}` but got `{CypherTypes.DisplayName(subject)}`",
            detail: "InvalidArgumentType");

    public static CypherException UnknownTemporalField(object temporal, string key) =>
        new(
            StatusCodes.TypeError,
            $"`{CypherTypes.DisplayName(temporal)}` has no field `{key}`",
            detail: "InvalidArgumentType");

    public static CypherException NotIndexable(object? subject) =>
        new(
            StatusCodes.TypeError,
            $"`{CypherTypes.DisplayName(subject)}` is not a list, map, node or relationship and cannot be indexed",
            detail: "InvalidArgumentType");

    public static CypherException ListIndexNotInteger(object? index) =>
        new(
            StatusCodes.TypeError,
            $"List index must be an Integer but was `{CypherTypes.DisplayName(index)}`",
            detail: "InvalidArgumentType");

    public static CypherException MapKeyNotString(object? key) =>
        new(
            StatusCodes.TypeError,
            $"Map element access requires a String key but got `{CypherTypes.DisplayName(key)}`",
            detail: "MapElementAccessByNonString");

    public static CypherException IntegerOverflow() =>
        new(StatusCodes.ArithmeticError, "long overflow", detail: "IntegerOverflow");

    public static CypherException DivisionByZero() =>
        new(StatusCodes.ArithmeticError, "/ by zero", detail: "DivisionByZero");

    public static CypherException DeletedNode(long id) =>
        new(StatusCodes.EntityNotFound, $"Node with id {id} has been deleted in this transaction", detail: "DeletedEntityAccess");

    public static CypherException DeletedRelationship(long id) =>
        new(StatusCodes.EntityNotFound, $"Relationship with id {id} has been deleted in this transaction", detail: "DeletedEntityAccess");

    public static CypherException UnknownFunction(string name) =>
        new(StatusCodes.SyntaxError, $"Unknown function '{name}'", detail: "UnknownFunction");

    public static CypherException WrongArgumentCount(string name, int given, int min, int max) =>
        new(
            StatusCodes.SyntaxError,
            given < min
                ? $"Insufficient parameters for function '{name}' (expected {min}, got {given})"
                : $"Too many parameters for function '{name}' (expected at most {max}, got {given})",
            detail: "InvalidNumberOfArguments");

    /// <summary>A function got a value of a type it cannot take (the TCK's runtime classification).</summary>
    public static CypherException FunctionArgumentType(string function, string expected, object? value) =>
        new(
            StatusCodes.TypeError,
            $"Invalid input for function '{function}()': Expected {expected}, got: {CypherTypes.DisplayName(value)}",
            detail: "InvalidArgumentValue");

    /// <summary>range() and friends report wrong argument types as argument errors (TCK List11).</summary>
    public static CypherException ArgumentTypeError(string function, string expected, object? value) =>
        new(
            StatusCodes.ArgumentError,
            $"Invalid input for function '{function}()': Expected {expected}, got: {CypherTypes.DisplayName(value)}",
            detail: "InvalidArgumentType");

    public static CypherException NumberOutOfRange(string message) =>
        new(StatusCodes.ArgumentError, message, detail: "NumberOutOfRange");

    public static CypherException InvalidArgumentValue(string message) =>
        new(StatusCodes.ArgumentError, message, detail: "InvalidArgumentValue");

    public static CypherException InvalidRegex(string pattern, string reason) =>
        new(StatusCodes.ArgumentError, $"Invalid regular expression '{pattern}': {reason}", detail: "InvalidArgumentValue");

    public static CypherException RegexTimeout(string pattern) =>
        new(StatusCodes.ArgumentError, $"Regular expression '{pattern}' took too long to evaluate", detail: "InvalidArgumentValue");

    /// <summary>The executor replaces aggregates with precomputed values; reaching one here is a planner bug.</summary>
    public static CypherException AggregateNotPrecomputed(string name) =>
        new(StatusCodes.UnknownError, $"Internal error: aggregate '{name}' reached the expression evaluator");

    public static CypherException UnsupportedExpression(string kind) =>
        new(StatusCodes.UnknownError, $"Internal error: the expression evaluator cannot evaluate {kind}");
}
