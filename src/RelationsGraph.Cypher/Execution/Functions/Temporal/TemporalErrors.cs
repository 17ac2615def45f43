using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Execution.Values;

namespace RelationsGraph.Cypher.Execution.Functions.Temporal;

/// <summary>The errors temporal functions and operators raise, with their messages in one place.</summary>
internal static class TemporalErrors
{
    public static CypherException InvalidArgumentType(string function, string expected, object? actual) =>
        new(StatusCodes.TypeError,
            $"Invalid input for function '{function}()': expected {expected} but got {ValueFormatter.Describe(actual)}",
            detail: "InvalidArgumentType");

    public static CypherException InvalidArgumentValue(string message) =>
        new(StatusCodes.ArgumentError, message, detail: "InvalidArgumentValue");

    public static CypherException FieldType(string field, object? actual) =>
        new(StatusCodes.TypeError,
            $"Invalid value for temporal field '{field}': expected an Integer but got {ValueFormatter.Describe(actual)}",
            detail: "InvalidArgumentType");

    public static CypherException UnknownField(string function, string key) =>
        InvalidArgumentValue($"Invalid input for function '{function}()': '{key}' is not a field of this temporal type");

    public static CypherException MissingField(string function, string field, string because) =>
        InvalidArgumentValue($"Invalid input for function '{function}()': '{field}' must be given {because}");

    public static CypherException UnknownUnit(string function, string unit) =>
        InvalidArgumentValue($"Invalid input for function '{function}()': cannot truncate to unit '{unit}'");

    public static CypherException NoDate(string function, object? value) =>
        InvalidArgumentValue($"Invalid input for function '{function}()': {ValueFormatter.Describe(value)} has no date");

    public static CypherException NoTime(string function, object? value) =>
        InvalidArgumentValue($"Invalid input for function '{function}()': {ValueFormatter.Describe(value)} has no time");

    public static CypherException Overflow(string what) =>
        new(StatusCodes.ArgumentError, $"The result of {what} is out of the supported temporal range", detail: "InvalidArgumentValue");

    public static CypherException DivisionByZero() =>
        new(StatusCodes.ArithmeticError, "/ by zero", detail: "DivisionByZero");
}
