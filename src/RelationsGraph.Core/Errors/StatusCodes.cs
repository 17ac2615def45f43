namespace RelationsGraph.Core.Errors;

/// <summary>Neo4j status codes used by both backends. Kept in one place so messages and mappings agree.</summary>
public static class StatusCodes
{
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string SemanticError = "Neo.ClientError.Statement.SemanticError";
    public const string TypeError = "Neo.ClientError.Statement.TypeError";
    public const string ArgumentError = "Neo.ClientError.Statement.ArgumentError";
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    public const string ParameterMissing = "Neo.ClientError.Statement.ParameterMissing";
    public const string EntityNotFound = "Neo.ClientError.Statement.EntityNotFound";
    public const string AccessMode = "Neo.ClientError.Statement.AccessMode";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string ConstraintVerificationFailed = "Neo.ClientError.Schema.ConstraintCreationFailed";
    public const string EquivalentSchemaRuleAlreadyExists = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
    public const string ProcedureNotFound = "Neo.ClientError.Procedure.ProcedureNotFound";
    public const string ProcedureCallFailed = "Neo.ClientError.Procedure.ProcedureCallFailed";
    public const string DeleteConnectedNode = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string TransactionTimedOut = "Neo.ClientError.Transaction.TransactionTimedOut";
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string RequestInvalid = "Neo.ClientError.Request.Invalid";
    public const string ResultTooLarge = "Neo.ClientError.Statement.ResultTooLarge";
    public const string ServiceUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string TransientTimeout = "Neo.TransientError.Transaction.Terminated";
    public const string UnknownError = "Neo.DatabaseError.General.UnknownError";
    public const string StorageError = "Neo.DatabaseError.General.StorageError";
}
