using CypherException = RelationsGraph.Core.Errors.CypherException;
using Neo4jCodes = RelationsGraph.Core.Errors.StatusCodes;

namespace RelationsGraph.Web.Queries;

/// <summary>Every error the saved-query library, the store of user queries and the console raise, worded in one place.</summary>
internal static class QueryErrors
{
    public static CypherException NotFound(string id) =>
        new(Neo4jCodes.EntityNotFound, $"There is no saved query with id '{id}'.");

    public static CypherException LibraryIsReadOnly(string id) =>
        new(Neo4jCodes.RequestInvalid, $"'{id}' is a library query (a file in cypher/queries); save a copy under a new name to change it.");

    public static CypherException Required(string field) =>
        new(Neo4jCodes.RequestInvalid, $"'{field}' is required.");

    public static CypherException TooLong(string field, int max) =>
        new(Neo4jCodes.RequestInvalid, $"'{field}' is longer than {max} characters.");

    public static CypherException ParameterMissing(string name, string? why = null) =>
        new(Neo4jCodes.ParameterMissing, why is null ? $"Expected a value for the parameter '{name}'." : $"Expected a value for the parameter '{name}': {why}.");

    public static CypherException UnknownParameter(string name, IEnumerable<string> declared) =>
        new(Neo4jCodes.RequestInvalid, $"'{name}' is not a parameter of this query; its parameters are: {string.Join(", ", declared)}.");

    public static CypherException BadParameter(string name, string type, string why) =>
        new(Neo4jCodes.RequestInvalid, $"The parameter '{name}' must be {TypeDescription(type)}: {why}.");

    public static CypherException ParametersNotAnObject() =>
        new(Neo4jCodes.RequestInvalid, "'parameters' must be a JSON object of names to values.");

    public static CypherException BadParameterDeclaration(string name, string why) =>
        new(Neo4jCodes.RequestInvalid, $"The parameter declaration '{name}' is invalid: {why}.");

    public static CypherException WritesNotAllowed() =>
        new(Neo4jCodes.AccessMode, "Writes are switched off for the console; run the query read-only.");

    public static string TypeDescription(string type) => type switch
    {
        ParameterTypes.Actor => "an actor id",
        ParameterTypes.Actors => "a list of actor ids",
        ParameterTypes.TieType => "a registered tie type",
        ParameterTypes.Status => "a registered status",
        ParameterTypes.Date => "a date (YYYY-MM-DD)",
        ParameterTypes.Integer => "an integer",
        ParameterTypes.String => "a string",
        ParameterTypes.Boolean => "true or false",
        _ => type,
    };

    // Messages about the library files: they stop the app at start-up, so they name the file.
    public static InvalidOperationException BadLibraryFile(string file, string why) =>
        new($"The saved query '{file}' has an invalid header: {why}.");

    public const string RowsCut = "The result was cut at {0} rows; add a LIMIT or narrow the query to see the rest.";
    public const string GraphCut = "The graph shows the first {0} nodes and relationships of the result; the table has them all.";
    public const string EdgesWithoutEnds = "{0} relationships could not be drawn because their end nodes could not be loaded.";
}
