using RelationsGraph.Core.Errors;

namespace RelationsGraph.Cypher.Errors;

/// <summary>Every error the planner, executor and storage raise, with their texts in one place.</summary>
internal static class EngineErrors
{
    public const string ConstraintDropFailed = "Neo.ClientError.Schema.ConstraintDropFailed";
    public const string IndexDropFailed = "Neo.ClientError.Schema.IndexDropFailed";
    public const string SchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string ForbiddenDueToTransactionType = "Neo.ClientError.Transaction.ForbiddenDueToTransactionType";
    public const string TransactionMarkedAsFailed = "Neo.ClientError.Transaction.TransactionMarkedAsFailed";

    public static CypherException TimedOut() =>
        new(StatusCodes.TransactionTimedOut, "The transaction has been terminated: it ran past its timeout or was cancelled.");

    public static CypherException Cancelled() =>
        new(StatusCodes.TransactionTimedOut, "The transaction has been terminated because the request was cancelled.");

    public static CypherException LockTimeout() =>
        new(StatusCodes.TransactionTimedOut, "The transaction timed out waiting for another transaction to finish writing.");

    public static CypherException AccessMode() =>
        new(StatusCodes.AccessMode, "Writing in read access mode not allowed. Attempted write to the database.");

    public static CypherException QueryTooLong(int max) =>
        new(StatusCodes.RequestInvalid, $"The query is longer than the allowed {max} characters.");

    public static CypherException DeleteConnectedNode(long id) =>
        new(StatusCodes.DeleteConnectedNode, $"Cannot delete node<{id}>, because it still has relationships. To delete this node, you must first delete its relationships.", detail: "DeleteConnectedNode");

    public static CypherException DeletedEntityAccess(string what) =>
        new(StatusCodes.EntityNotFound, $"{what} has been deleted in this transaction.", detail: "DeletedEntityAccess");

    public static CypherException UniqueViolation(long existing, string label, IReadOnlyList<string> properties) =>
        new(StatusCodes.ConstraintValidationFailed, $"Node({existing}) already exists with label `{label}` and {Describe(properties)}.");

    public static CypherException RelationshipUniqueViolation(long existing, string type, IReadOnlyList<string> properties) =>
        new(StatusCodes.ConstraintValidationFailed, $"Relationship({existing}) already exists with type `{type}` and {Describe(properties)}.");

    public static CypherException ExistenceViolation(long id, string labelOrType, string property, bool relationship) =>
        new(StatusCodes.ConstraintValidationFailed, $"{(relationship ? "Relationship" : "Node")}({id}) with {(relationship ? "type" : "label")} `{labelOrType}` must have the property `{property}`.");

    public static CypherException ConstraintCreationFailed(string reason) =>
        new(StatusCodes.ConstraintVerificationFailed, "Unable to create constraint: " + reason);

    public static CypherException EquivalentSchemaRule(string name) =>
        new(StatusCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent index or constraint already exists: '{name}'.");

    public static CypherException SchemaNameTaken(string name) =>
        new(SchemaRuleAlreadyExists, $"There already exists an index or constraint called '{name}'.");

    public static CypherException DropMissing(bool constraint, string name) =>
        new(constraint ? ConstraintDropFailed : IndexDropFailed, $"Unable to drop {(constraint ? "constraint" : "index")} '{name}': no such {(constraint ? "constraint" : "index")} exists.");

    public static CypherException SchemaInDataTransaction() =>
        new(ForbiddenDueToTransactionType, "Schema modification is not allowed in a transaction that has already written data, and data cannot be written after a schema modification.");

    public static CypherException TransactionFailed() =>
        new(TransactionMarkedAsFailed, "The transaction has been marked as failed by an earlier error and can only be rolled back.");

    public static CypherException TransactionClosed() =>
        new(StatusCodes.TransactionNotFound, "The transaction has already been committed or rolled back.");

    public static CypherException Storage(Exception inner) =>
        new(StatusCodes.StorageError, "The transaction could not be made durable and was rolled back: " + inner.Message, innerException: inner);

    public static CypherException InvalidPropertyType(object? value) =>
        new(StatusCodes.TypeError, $"Property values can only be of primitive types or arrays thereof; got {TypeName(value)}.", detail: "InvalidPropertyType");

    public static CypherException MixedListProperty() =>
        new(StatusCodes.TypeError, "Collections containing values of different types can not be stored in properties.", detail: "InvalidPropertyType");

    public static CypherException NotAnEntity(string clause, object? value) =>
        new(StatusCodes.TypeError, $"{clause} expected a node or relationship but got {TypeName(value)}.", detail: "InvalidArgumentType");

    public static CypherException SetPropertiesFromNonMap(object? value) =>
        new(StatusCodes.TypeError, $"Expected a map or an entity to set properties from, but got {TypeName(value)}.", detail: "InvalidArgumentType");

    public static CypherException DeleteNonEntity(object? value) =>
        new(StatusCodes.TypeError, $"Expected a node, relationship or path to delete, but got {TypeName(value)}.", detail: "InvalidArgumentType");

    public static CypherException MergeNullProperty(string key) =>
        new(StatusCodes.SemanticError, $"Cannot merge the following node because of null property value for '{key}'.", detail: "MergeReadOwnWrites");

    public static CypherException NegativeCount(string clause, object? value) =>
        new(StatusCodes.SyntaxError, $"Invalid input. '{value}' is not a valid value. Must be a non-negative integer ({clause}).", detail: "NegativeIntegerArgument");

    public static CypherException NonIntegerCount(string clause, object? value) =>
        new(StatusCodes.SyntaxError, $"Invalid input. '{value}' is not a valid value. Must be a non-negative integer ({clause}).", detail: "InvalidArgumentType");

    public static CypherException ProcedureNotFound(string name) =>
        new(StatusCodes.ProcedureNotFound, $"There is no procedure with the name `{name}` registered for this database instance.", detail: "ProcedureNotFound");

    public static CypherException ProcedureArgumentType(string procedure, string field, string expected, object? value) =>
        new(StatusCodes.TypeError, $"Wrong argument type for {procedure}: '{field}' expects {expected} but got {TypeName(value)}.", detail: "InvalidArgumentType");

    public static CypherException ProcedureArgumentCount(string procedure, int expected, int given) =>
        new(StatusCodes.SyntaxError, $"Procedure call {procedure} expects {expected} argument(s) but got {given}.", detail: "InvalidNumberOfArguments");

    public static CypherException ProcedureFailed(string procedure, Exception inner) =>
        new(StatusCodes.ProcedureCallFailed, $"Failed to invoke procedure `{procedure}`: {inner.Message}", innerException: inner);

    public static CypherException MissingParameter(string name) =>
        new(StatusCodes.ParameterMissing, $"Expected parameter(s): {name}", detail: "MissingParameter");

    public static CypherException InvalidPathLength() =>
        new(StatusCodes.SyntaxError, "shortestPath(...) requires a pattern with a single relationship of variable length.", detail: "InvalidArgumentType");

    public static CypherException ShortestPathSameNode() =>
        new(StatusCodes.ArgumentError, "The shortest path algorithm does not work when the start and end nodes are the same.");

    public static CypherException ColumnMismatchInUnion() =>
        new(StatusCodes.SyntaxError, "All sub queries in an UNION must have the same return column names.", detail: "DifferentColumnsInUnion");

    public static CypherException Unsupported(string what) =>
        new(StatusCodes.SyntaxError, what + " is not supported by the embedded engine.");

    public static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "BOOLEAN",
        long or int => "INTEGER",
        double => "FLOAT",
        string => "STRING",
        Graph.NodeEntity => "NODE",
        Graph.RelationshipEntity => "RELATIONSHIP",
        Execution.Values.PathValue => "PATH",
        IReadOnlyDictionary<string, object?> => "MAP",
        IReadOnlyList<object?> => "LIST",
        _ => value.GetType().Name.ToUpperInvariant(),
    };

    private static string Describe(IReadOnlyList<string> properties) =>
        properties.Count == 1 ? $"property `{properties[0]}`" : "properties " + string.Join(", ", properties.Select(p => "`" + p + "`"));
}
