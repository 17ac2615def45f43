using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;
using CypherException = RelationsGraph.Core.Errors.CypherException;

namespace RelationsGraph.Web.Errors;

/// <summary>
/// Every error the app itself raises, worded in one place. They are CypherExceptions with a Neo4j status
/// code so the one exception handler maps them exactly like the store's own errors.
/// </summary>
internal static class ApiErrors
{
    public static CypherException ActorNotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no actor with id '{id}'.");

    public static CypherException TieNotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no tie with id '{id}'.");

    public static CypherException SourceNotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no source with id '{id}'.");

    public static CypherException EvidenceNotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no evidence with id '{id}'.");

    public static CypherException Missing(string parameter) =>
        new(Neo4jCodes.RequestInvalid, $"The parameter '{parameter}' is required.");

    public static CypherException BadDate(string value) =>
        new(Neo4jCodes.RequestInvalid, $"'{value}' is not a date; use YYYY-MM-DD.");

    public static CypherException UnknownTieType(string value, IEnumerable<string> known) =>
        new(Neo4jCodes.RequestInvalid, $"'{value}' is not a known tie type; known types: {string.Join(", ", known)}.");

    public static CypherException UnknownStatus(string value, IEnumerable<string> known) =>
        new(Neo4jCodes.RequestInvalid, $"'{value}' is not a known status; known statuses: {string.Join(", ", known)}.");

    public static CypherException OutOfRange(string parameter, int value, int min, int max) =>
        new(Neo4jCodes.RequestInvalid, $"'{parameter}' must be between {min} and {max}; it was {value}.");

    public static CypherException QueryTooLong(int max) =>
        new(Neo4jCodes.RequestInvalid, $"The search text is longer than {max} characters.");
}
